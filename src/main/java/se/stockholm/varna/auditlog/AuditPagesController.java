package se.stockholm.varna.auditlog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The audit trail as a page: events in scope, newest first, and the chain verification. */
@Controller("/handelselogg")
@Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.GRANSKARE, Roles.SAMORDNARE})
class AuditPagesController {

    private static final int PAGE_SIZE = 25;

    private final AuditTrailService service;
    private final CurrentUsers users;

    AuditPagesController(AuditTrailService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    @Get
    @View("auditlog/events")
    Map<String, Object> events(@Nullable @QueryValue String entityType, @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        AuditFilter filter = new AuditFilter(entityType, null, null);
        Map<String, Object> model = new HashMap<>();
        model.put("result", service.list(user, filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("entityType", filter.entityType() == null ? "" : filter.entityType());
        model.put("mayVerify", user.hasAnyRole(AuditTrailService.VERIFIERS));
        return model;
    }

    /** An object's history as a fragment for its detail page (loaded by htmx, or opened on its own). */
    @Get("/historik/{entityType}/{entityId}")
    @View("auditlog/history")
    @AnyPersonRole
    Map<String, Object> history(@PathVariable String entityType, @PathVariable long entityId) {
        return Map.of("events", service.history(users.current(), entityType, entityId));
    }

    @Get("/verifiering")
    @View("auditlog/verification")
    @Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.GRANSKARE})
    Map<String, Object> verification() {
        return Map.of("verification", service.verify(users.current()));
    }
}
