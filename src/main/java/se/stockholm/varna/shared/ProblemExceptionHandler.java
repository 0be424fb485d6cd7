package se.stockholm.varna.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders every {@link ProblemException} once: problem+json for the API, the error page for pages. */
@Produces
@Singleton
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ProblemResponder responder;

    ProblemExceptionHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    @SuppressWarnings("rawtypes") // the framework's interface is declared with a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        return responder.respond(request, exception);
    }
}
