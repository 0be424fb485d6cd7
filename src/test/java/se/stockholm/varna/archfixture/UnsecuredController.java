package se.stockholm.varna.archfixture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Breaks "every controller is @Secured" and "controllers do not use repositories". */
@Requires(property = "varna.archfixture.never")
@Controller("/archfixture")
class UnsecuredController {

    private final FixtureRepository repository;

    UnsecuredController(FixtureRepository repository) {
        this.repository = repository;
    }

    @Get
    String get() {
        return String.valueOf(repository.count());
    }
}
