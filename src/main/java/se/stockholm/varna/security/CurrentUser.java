package se.stockholm.varna.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.shared.ChangeEvents;

/**
 * Who is asking, as the services see it: the Värna roles from Keycloak and the OrgUnit codes whose
 * subtrees are in scope (from Keycloak groups). {@code cityWide} users see the whole organisation.
 */
public record CurrentUser(
        String username, String displayName, Set<String> roles, Set<String> scopeCodes, boolean cityWide) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        scopeCodes = Set.copyOf(scopeCodes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Roles in a stable order, for audit events and display. */
    public List<String> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    public String rolesText() {
        return String.join(",", sortedRoles());
    }

    /** This user as the actor of an audited change. */
    public ChangeEvents.Actor actor() {
        return new ChangeEvents.Actor(username, rolesText());
    }
}
