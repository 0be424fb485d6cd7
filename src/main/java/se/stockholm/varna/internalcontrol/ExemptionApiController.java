package se.stockholm.varna.internalcontrol;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import se.stockholm.varna.api.ExemptionsApi;
import se.stockholm.varna.api.model.Exemption;
import se.stockholm.varna.api.model.ExemptionDecisionInput;
import se.stockholm.varna.api.model.ExemptionInput;
import se.stockholm.varna.api.model.ExemptionPage;
import se.stockholm.varna.api.model.ExemptionSendBackInput;
import se.stockholm.varna.api.model.ExemptionUpdate;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The undantag endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class ExemptionApiController implements ExemptionsApi {

    private final ExemptionService reads;
    private final ExemptionChangeService changes;
    private final ExemptionDecisionService decisions;
    private final CurrentUsers users;

    ExemptionApiController(
            ExemptionService reads,
            ExemptionChangeService changes,
            ExemptionDecisionService decisions,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.decisions = decisions;
        this.users = users;
    }

    @Override
    public ExemptionPage listExemptions(
            String q, Long orgUnitId, String status, Boolean expired, Integer page, Integer size) {
        var result = reads.list(
                users.current(),
                new ExemptionFilter(
                        q, orgUnitId, status == null || status.isBlank() ? null : status, Boolean.TRUE.equals(expired)),
                PageRequest.of(page, size, 50));
        return new ExemptionPage(
                result.items().stream().map(ExemptionApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public HttpResponse<Exemption> requestExemption(ExemptionInput b) {
        ExemptionView created = changes.request(
                users.current(),
                new ExemptionRequest(
                        b.getOrgUnitId(),
                        b.getTitle(),
                        b.getRequirementRef(),
                        b.getRequirementCode(),
                        b.getDeviation(),
                        b.getInvestigation(),
                        b.getImplementationPlan(),
                        b.getSharedImpact(),
                        b.getRequestedUntil()));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/exemptions/" + created.id());
    }

    @Override
    public Exemption getExemption(Long id) {
        return toApi(reads.get(users.current(), id));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public Exemption updateExemption(Long id, ExemptionUpdate b) {
        var in = new ExemptionRequest(
                b.getOrgUnitId(),
                b.getTitle(),
                b.getRequirementRef(),
                b.getRequirementCode(),
                b.getDeviation(),
                b.getInvestigation(),
                b.getImplementationPlan(),
                b.getSharedImpact(),
                b.getRequestedUntil());
        return toApi(changes.edit(users.current(), id, in, b.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public Exemption submitExemption(Long id, VersionOnly body) {
        return toApi(changes.submit(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public Exemption withdrawExemption(Long id, VersionOnly body) {
        return toApi(changes.withdraw(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.CENTRAL_SAMORDNARE)
    public Exemption sendBackExemption(Long id, ExemptionSendBackInput body) {
        return toApi(decisions.sendBack(users.current(), id, body.getComment(), body.getVersion()));
    }

    @Override
    @Secured(Roles.UNDANTAGSBESLUTARE)
    public Exemption decideExemption(Long id, ExemptionDecisionInput b) {
        return toApi(decisions.decide(
                users.current(),
                id,
                new ExemptionDecision(b.getOutcome(), b.getConditions(), b.getValidUntil(), b.getReason()),
                b.getVersion()));
    }

    private static Exemption toApi(ExemptionView e) {
        return new Exemption(
                        e.id(),
                        e.orgUnitId(),
                        e.orgUnitName(),
                        e.responsibleOrgId(),
                        e.responsibleOrgName(),
                        e.title(),
                        e.requirementRef(),
                        e.deviation(),
                        e.investigation(),
                        e.requestedUntil(),
                        e.status(),
                        e.expired(),
                        e.createdBy(),
                        time(e.createdAt()),
                        e.version())
                .requirementCode(e.requirementCode())
                .implementationPlan(e.implementationPlan())
                .sharedImpact(e.sharedImpact())
                .submittedBy(e.submittedBy())
                .submittedAt(time(e.submittedAt()))
                .sentBackBy(e.sentBackBy())
                .sentBackAt(time(e.sentBackAt()))
                .sentBackComment(e.sentBackComment())
                .decidedBy(e.decidedBy())
                .decidedByName(e.decidedByName())
                .decidedRole(e.decidedRole())
                .decidedAt(time(e.decidedAt()))
                .conditions(e.conditions())
                .validUntil(e.validUntil())
                .decisionReason(e.decisionReason())
                .decisionSnapshot(e.decisionSnapshot());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
