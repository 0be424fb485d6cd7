package se.stockholm.varna.shared;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A concurrent, stale update answers 409 and changes nothing; never a silent overwrite. */
@Produces
@Singleton
class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    private final ProblemResponder responder;

    OptimisticLockHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    @SuppressWarnings("rawtypes") // the framework's interface is declared with a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        return responder.respond(request, Problems.staleVersion());
    }
}
