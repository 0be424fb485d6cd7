package se.stockholm.varna.archfixture;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import se.stockholm.varna.api.model.Problem;

/** Breaks "generated DTOs stay in controllers" and "no field injection". */
@Requires(property = "varna.archfixture.never")
@Singleton
class DtoUsingService {

    @Inject
    FixtureRepository injectedIntoAField;

    Problem leak() {
        return new Problem("x", "y", 400);
    }
}
