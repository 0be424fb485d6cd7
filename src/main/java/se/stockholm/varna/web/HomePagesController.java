package se.stockholm.varna.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUsers;

/** The start page (login for anonymous users) and the language switch. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomePagesController {

    private final WorkOverview work;
    private final CurrentUsers users;

    HomePagesController(WorkOverview work, CurrentUsers users) {
        this.work = work;
        this.users = users;
    }

    @Get("/")
    @View("home")
    Map<String, Object> home(@Nullable Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("loggedIn", authentication != null);
        model.put("work", authentication == null ? List.of() : work.of(users.from(authentication)));
        return model;
    }

    /** Sets the language cookie and goes back to where the user was (same site only). */
    @Get("/sprak")
    HttpResponse<?> language(@QueryValue String lang, @Nullable @Header("Referer") String referer) {
        String chosen = "en".equals(lang) ? "en" : "sv";
        String back = "/";
        if (referer != null) {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            // only a local path: "//host" would be an open redirect
            if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                back = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        return HttpResponse.seeOther(URI.create(back))
                .cookie(Cookie.of("varna-sprak", chosen)
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .httpOnly(true));
    }
}
