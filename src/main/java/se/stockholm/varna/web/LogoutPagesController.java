package se.stockholm.varna.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import se.stockholm.varna.security.KeycloakLogout;

/** Logout: forget the login cookie here and end the session in Keycloak too. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LogoutPagesController {

    private final KeycloakLogout keycloak;

    LogoutPagesController(KeycloakLogout keycloak) {
        this.keycloak = keycloak;
    }

    @Get("/logga-ut")
    HttpResponse<?> logout(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create(keycloak.endSessionUrl(request)))
                .cookie(keycloak.clearedLoginCookie());
    }
}
