package se.stockholm.varna.shared;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A failure the caller can act on: rendered once as {@code application/problem+json} (API) or as an
 * error page (UI). The {@code type} slug is stable and part of the contract.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final transient List<FieldProblem> fieldProblems;

    public ProblemException(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(
            HttpStatus status, String type, String title, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
