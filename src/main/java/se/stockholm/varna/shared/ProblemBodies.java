package se.stockholm.varna.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the problem+json body (API) or the error page model (UI) for a problem. */
final class ProblemBodies {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private ProblemBodies() {}

    static Map<String, Object> body(
            String type, String title, int status, String detail, String instance, List<FieldProblem> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!fields.isEmpty()) {
            body.put(
                    "errors",
                    fields.stream()
                            .map(f -> Map.of("field", f.field(), "message", f.message()))
                            .toList());
        }
        return body;
    }

    /** Pages (not /api, asking for HTML) get the error page; everything else problem+json. */
    static boolean wantsPage(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/api/")) {
            return false;
        }
        return request.getHeaders().accept().stream().anyMatch(m -> m.getName().equals(MediaType.TEXT_HTML));
    }
}
