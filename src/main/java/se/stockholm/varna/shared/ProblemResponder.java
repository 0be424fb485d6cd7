package se.stockholm.varna.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a problem: problem+json for the API, the error page (with the normal layout) for pages.
 * Exception handlers bypass the views filter, so the page is rendered here.
 */
@Singleton
class ProblemResponder {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> pages;

    ProblemResponder(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> pages) {
        this.pages = pages;
    }

    MutableHttpResponse<?> respond(HttpRequest<?> request, ProblemException e) {
        if (ProblemBodies.wantsPage(request)) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("status", e.status().getCode());
            model.put("title", e.title());
            model.put("detail", e.getMessage());
            model.put("errors", e.fieldProblems());
            var page = pages.render(new ModelAndView<>("error", model), request, MediaType.TEXT_HTML);
            if (page.isPresent()) {
                return HttpResponse.status(e.status())
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .body(page.get());
            }
        }
        return HttpResponse.status(e.status())
                .contentType(ProblemBodies.PROBLEM_JSON)
                .body(ProblemBodies.body(
                        e.type(),
                        e.title(),
                        e.status().getCode(),
                        e.getMessage(),
                        request.getPath(),
                        e.fieldProblems()));
    }
}
