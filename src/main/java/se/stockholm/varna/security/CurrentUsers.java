package se.stockholm.varna.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link CurrentUser} of the running request from its validated token. */
@Singleton
public class CurrentUsers {

    private final SecurityService securityService;
    private final SecuritySettings settings;

    CurrentUsers(SecurityService securityService, SecuritySettings settings) {
        this.securityService = securityService;
        this.settings = settings;
    }

    /** The caller; a request that reached a secured controller always has one. */
    public CurrentUser current() {
        Authentication authentication = securityService
                .getAuthentication()
                .orElseThrow(() -> new IllegalStateException("no authenticated user in this request"));
        return from(authentication);
    }

    public CurrentUser from(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Set<String> roles = new HashSet<>(authentication.getRoles());
        Set<String> groups = groups(claims.get("groups"));
        boolean cityWide = roles.stream().anyMatch(settings.cityWideRoles()::contains);
        return new CurrentUser(
                authentication.getName(), displayName(claims, authentication.getName()), roles, groups, cityWide);
    }

    /** Group names are OrgUnit codes; Keycloak may send full paths ("/SDN-BROMMA"), so keep the last part. */
    private static Set<String> groups(Object claim) {
        if (claim instanceof Collection<?> names) {
            return names.stream()
                    .map(String::valueOf)
                    .map(n -> n.substring(n.lastIndexOf('/') + 1))
                    .filter(n -> !n.isBlank())
                    .collect(Collectors.toSet());
        }
        return Set.of();
    }

    private static String displayName(Map<String, Object> claims, String fallback) {
        Object name = claims.get("name");
        return name == null || String.valueOf(name).isBlank() ? fallback : String.valueOf(name);
    }
}
