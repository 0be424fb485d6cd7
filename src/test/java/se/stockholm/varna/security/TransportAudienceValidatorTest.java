package se.stockholm.varna.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransportAudienceValidatorTest {

    private final TransportAudienceValidator validator =
            new TransportAudienceValidator(new SecuritySettings("varna-api", "varna-web", List.of("admin")));

    @Test
    void bearerTokenMustBeForTheApi() {
        var bearer = HttpRequest.GET("/api/v1/me").bearerAuth("x");
        assertTrue(validator.validate(claims(List.of("varna-api", "account")), bearer));
        assertFalse(validator.validate(claims(List.of("account")), bearer));
        assertFalse(validator.validate(claims("varna-web"), bearer), "an ID token is no API token");
    }

    @Test
    void loginCookieHoldsTheWebClientsIdToken() {
        var page = HttpRequest.GET("/organisation");
        assertTrue(validator.validate(claims("varna-web"), page));
        assertFalse(validator.validate(claims(List.of("varna-api")), page));
    }

    @Test
    void withoutARequestTheApiAudienceIsRequired() {
        assertFalse(validator.validate(claims("varna-web"), null));
        assertFalse(validator.validate(claims(Set.of()), null));
    }

    private static Claims claims(Object aud) {
        Map<String, Object> values = Map.of("aud", aud);
        return new Claims() {
            @Override
            public Object get(String name) {
                return values.get(name);
            }

            @Override
            public Set<String> names() {
                return values.keySet();
            }

            @Override
            public boolean contains(String name) {
                return values.containsKey(name);
            }
        };
    }
}
