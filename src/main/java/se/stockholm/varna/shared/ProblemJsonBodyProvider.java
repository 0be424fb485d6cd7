package se.stockholm.varna.shared;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;

/**
 * Turns the framework's own errors (401, 403, unknown route, unreadable body, bean validation, 5xx)
 * into problem+json with stable types. Server errors never carry their cause to the caller.
 */
@Primary
@Singleton
class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        List<FieldProblem> fields = context.getRootCause()
                .filter(ConstraintViolationException.class::isInstance)
                .map(c -> violations((ConstraintViolationException) c))
                .orElseGet(() -> context.getErrors().stream()
                        .filter(e -> e.getPath().isPresent())
                        .map(e -> new FieldProblem(fieldName(e.getPath().orElseThrow()), e.getMessage()))
                        .toList());
        String path = context.getRequest().getPath();
        if (!fields.isEmpty()) {
            return ProblemBodies.body(
                    "validation",
                    "Ogiltig indata",
                    status,
                    "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                    path,
                    fields);
        }
        return switch (status) {
            case 401 ->
                ProblemBodies.body(
                        "unauthorized", "Inte inloggad", 401, "En giltig åtkomsttoken krävs.", path, List.of());
            case 403 ->
                ProblemBodies.body(
                        "forbidden", "Åtkomst nekad", 403, "Din roll ger inte behörighet till detta.", path, List.of());
            case 404 -> ProblemBodies.body("not-found", "Hittades inte", 404, "Resursen finns inte.", path, List.of());
            case 405 ->
                ProblemBodies.body(
                        "method-not-allowed",
                        "Metoden stöds inte",
                        405,
                        "Metoden stöds inte för denna resurs.",
                        path,
                        List.of());
            case 415 ->
                ProblemBodies.body(
                        "unsupported-media-type", "Fel innehållstyp", 415, "Skicka application/json.", path, List.of());
            default ->
                status >= 500
                        ? ProblemBodies.body(
                                "internal",
                                "Internt fel",
                                status,
                                "Ett oväntat fel inträffade; det är loggat.",
                                path,
                                List.of())
                        : ProblemBodies.body(
                                "bad-request", "Felaktig begäran", status, firstMessage(context), path, List.of());
        };
    }

    private static List<FieldProblem> violations(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
    }

    private static String firstMessage(ErrorContext context) {
        return context.getErrors().stream().map(Error::getMessage).findFirst().orElse("Begäran kunde inte tolkas.");
    }

    /** {@code updateOrgUnit.orgUnitUpdate.name} becomes {@code name}; a query parameter keeps its name. */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    @Override
    public String contentType() {
        return "application/problem+json";
    }
}
