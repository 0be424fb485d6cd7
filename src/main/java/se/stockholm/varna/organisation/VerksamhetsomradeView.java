package se.stockholm.varna.organisation;

/** A verksamhetsområde: code and name in the requested language. */
public record VerksamhetsomradeView(String code, String name) {}
