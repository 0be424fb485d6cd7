package se.stockholm.varna.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakRolesFinderTest {

    private final KeycloakRolesFinder finder = new KeycloakRolesFinder();

    @Test
    void readsTheNestedRealmAccessClaimAndKeepsOnlyVarnaRoles() {
        var claims = Map.<String, Object>of(
                "realm_access",
                Map.of("roles", List.of("offline_access", "samordnare", "default-roles-varna", "lasare")));
        assertEquals(List.of("lasare", "samordnare"), finder.resolveRoles(claims));
    }

    @Test
    void noRealmAccessMeansNoRoles() {
        assertEquals(List.of(), finder.resolveRoles(Map.of("roles", List.of("admin"))));
        assertEquals(List.of(), finder.resolveRoles(Map.of("realm_access", "admin")));
    }
}
