package se.stockholm.varna.shared;

/** One invalid input field and what is wrong with it, in words a user understands. */
public record FieldProblem(String field, String message) {}
