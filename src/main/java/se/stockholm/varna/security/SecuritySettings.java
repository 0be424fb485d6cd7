package se.stockholm.varna.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Settings of the Keycloak adapter ({@code varna.security.*} in application.yml). */
@Singleton
class SecuritySettings {

    private final String apiAudience;
    private final String webClientId;
    private final Set<String> cityWideRoles;

    SecuritySettings(
            @Value("${varna.security.api-audience:varna-api}") String apiAudience,
            @Value("${varna.security.web-client-id:varna-web}") String webClientId,
            @Value("${varna.security.city-wide-roles:admin,central-samordnare}") List<String> cityWideRoles) {
        this.apiAudience = apiAudience;
        this.webClientId = webClientId;
        this.cityWideRoles = Set.copyOf(cityWideRoles);
    }

    String apiAudience() {
        return apiAudience;
    }

    String webClientId() {
        return webClientId;
    }

    Set<String> cityWideRoles() {
        return cityWideRoles;
    }
}
