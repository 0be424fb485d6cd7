package se.stockholm.varna.web;

/** One line of the start page's work overview: what (a message key), how many, and where to act on it. */
public record WorkItem(String id, String messageKey, long count, String href) {}
