package se.stockholm.varna.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keycloak puts realm roles in the nested claim {@code realm_access.roles}, which the default finder
 * cannot read. Only the nine Värna roles pass; Keycloak's own default roles are dropped.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
class KeycloakRolesFinder implements RolesFinder {

    @Override
    public @NonNull List<String> resolveRoles(@NonNull Map<String, Object> attributes) {
        if (attributes.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream()
                    .map(String::valueOf)
                    .filter(Roles.ALL::contains)
                    .distinct()
                    .sorted()
                    .toList();
        }
        return List.of();
    }
}
