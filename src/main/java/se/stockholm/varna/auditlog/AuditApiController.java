package se.stockholm.varna.auditlog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneOffset;
import se.stockholm.varna.api.AuditApi;
import se.stockholm.varna.api.model.AuditEvent;
import se.stockholm.varna.api.model.AuditEventPage;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The audit endpoints of openapi/varna.yaml: read and verify, nothing else exists. */
@Controller
@Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.GRANSKARE, Roles.SAMORDNARE})
class AuditApiController implements AuditApi {

    private final AuditTrailService service;
    private final CurrentUsers users;

    AuditApiController(AuditTrailService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    @Override
    public AuditEventPage listAuditEvents(
            String entityType, String entityId, Long orgUnitId, Integer page, Integer size) {
        var result = service.list(
                users.current(), new AuditFilter(entityType, entityId, orgUnitId), PageRequest.of(page, size, 50));
        return new AuditEventPage(
                result.items().stream().map(AuditApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.GRANSKARE})
    public se.stockholm.varna.api.model.AuditVerification verifyAuditChain() {
        AuditVerification v = service.verify(users.current());
        return new se.stockholm.varna.api.model.AuditVerification(v.intact(), v.eventsChecked())
                .firstBrokenEventId(v.firstBrokenEventId())
                .reason(v.reason());
    }

    private static AuditEvent toApi(AuditEventView e) {
        return new AuditEvent(
                        e.id(),
                        e.occurredAt().atZone(ZoneOffset.UTC),
                        e.actor(),
                        e.actorRoles(),
                        e.entityType(),
                        e.entityId(),
                        e.action(),
                        e.hash(),
                        e.prevHash())
                .orgUnitId(e.orgUnitId())
                .before(e.before())
                .after(e.after());
    }
}
