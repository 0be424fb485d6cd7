package se.stockholm.varna.shared;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** Factory for the problems every module raises; keeps the stable type slugs in one place. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:varna:problem:";

    private Problems() {}

    public static ProblemException validation(List<FieldProblem> problems) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Ogiltig indata",
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                problems);
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new FieldProblem(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Hittades inte", what + " finns inte.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", "Konflikt", detail);
    }

    public static ProblemException staleVersion() {
        return new ProblemException(
                HttpStatus.CONFLICT,
                "stale-version",
                "Inaktuell version",
                "Någon annan har ändrat uppgiften sedan du läste den. Läs om och försök igen.");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Åtkomst nekad", detail);
    }
}
