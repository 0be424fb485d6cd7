package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import se.stockholm.varna.inventory.ItServiceService;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/**
 * Who may read and change what follows for an it-tjänst: reading needs a person role and the
 * service in scope (else 404, decided by the inventory); changing needs the given role (else 403),
 * the service in scope and active (else 409), and holds the service's row lock until commit.
 */
@Singleton
class ServiceAccess {

    private final ItServiceService services;
    private final ServiceLevelQueries rows;
    private final ScopeService scopes;
    private final Clock clock;

    ServiceAccess(ItServiceService services, ServiceLevelQueries rows, ScopeService scopes, Clock clock) {
        this.services = services;
        this.rows = rows;
        this.scopes = scopes;
        this.clock = clock;
    }

    ServiceRow readable(CurrentUser user, long serviceId) {
        services.get(user, serviceId);
        return rows.service(serviceId).orElseThrow(() -> Problems.notFound("It-tjänsten"));
    }

    ServiceRow writable(CurrentUser user, long serviceId, String role, String forbidden) {
        if (!user.hasRole(role)) {
            throw Problems.forbidden(forbidden);
        }
        ServiceRow service = readable(user, serviceId);
        if (!service.active()) {
            throw Problems.conflict("En avvecklad it-tjänst kan inte ändras.");
        }
        rows.lock(serviceId);
        return service;
    }

    /** The materialised path of a unit the user may see, or 404; null when no unit is asked for. */
    @Nullable
    String visiblePath(CurrentUser user, @Nullable Long orgUnitId) {
        ClassificationService.requireReader(user);
        return orgUnitId == null
                ? null
                : scopes.visiblePath(user, orgUnitId).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
    }

    Scope scope(CurrentUser user) {
        return scopes.scopeOf(user);
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
