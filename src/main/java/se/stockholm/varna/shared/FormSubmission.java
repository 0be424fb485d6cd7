package se.stockholm.varna.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * POST-redirect-GET for the HTML forms: when the action succeeds, redirect to where it says; when it
 * refuses the input (400, 409), answer the form again with the message and the field errors. Not
 * found and forbidden are not the form's business: they go on to the error page.
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** What the form shows above and beside its fields after a refused submission. */
    public record Errors(String message, Map<String, String> fields) {

        public static final Errors NONE = new Errors(null, Map.of());

        static Errors of(ProblemException e) {
            return new Errors(
                    e.getMessage(),
                    e.fieldProblems().stream()
                            .collect(Collectors.toMap(
                                    FieldProblem::field,
                                    FieldProblem::message,
                                    (a, b) -> a + " " + b,
                                    LinkedHashMap::new)));
        }

        /** The same errors keyed by the form's own field names (API field paths can differ). */
        public Errors renamed(Function<String, String> formField) {
            Map<String, String> renamed = new LinkedHashMap<>();
            fields.forEach((field, text) -> renamed.merge(formField.apply(field), text, (a, b) -> a + " " + b));
            return new Errors(message, renamed);
        }
    }

    public static HttpResponse<?> submit(Supplier<URI> action, Function<Errors, Object> formAgain) {
        try {
            return HttpResponse.seeOther(action.get());
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return HttpResponse.status(e.status()).body(formAgain.apply(Errors.of(e)));
        }
    }
}
