package se.stockholm.varna.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * A bearer token (API) must be issued for the API audience; the login cookie holds the ID token of
 * the web client, whose audience is the web client id. So an ID token cannot be replayed against the
 * API, and an access token for another client is refused.
 */
@Singleton
class TransportAudienceValidator implements GenericJwtClaimsValidator<Object> {

    private final SecuritySettings settings;

    TransportAudienceValidator(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean validate(Claims claims, @Nullable Object request) {
        List<String> audiences = audiences(claims.get(Claims.AUDIENCE));
        String wanted = isBearer(request) ? settings.apiAudience() : settings.webClientId();
        return audiences.contains(wanted);
    }

    private static boolean isBearer(@Nullable Object request) {
        if (request instanceof HttpRequest<?> http) {
            return http.getHeaders()
                    .get(HttpHeaders.AUTHORIZATION, String.class)
                    .map(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                    .orElse(false);
        }
        return true;
    }

    private static List<String> audiences(@Nullable Object aud) {
        if (aud instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }
}
