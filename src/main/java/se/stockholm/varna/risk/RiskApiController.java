package se.stockholm.varna.risk;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import se.stockholm.varna.api.RisksApi;
import se.stockholm.varna.api.model.Count;
import se.stockholm.varna.api.model.NamedRef;
import se.stockholm.varna.api.model.Risk;
import se.stockholm.varna.api.model.RiskAcceptance;
import se.stockholm.varna.api.model.RiskAcceptanceInput;
import se.stockholm.varna.api.model.RiskAction;
import se.stockholm.varna.api.model.RiskActionStatusInput;
import se.stockholm.varna.api.model.RiskAssessment;
import se.stockholm.varna.api.model.RiskAssessmentInput;
import se.stockholm.varna.api.model.RiskDecisionInput;
import se.stockholm.varna.api.model.RiskPage;
import se.stockholm.varna.api.model.RiskSecondDecisionInput;
import se.stockholm.varna.api.model.RiskSignificantInput;
import se.stockholm.varna.api.model.RiskUpdate;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The risk register endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class RiskApiController implements RisksApi {

    private final RiskService reads;
    private final RiskChangeService changes;
    private final RiskLifeCycleService lifeCycle;
    private final RiskAcceptanceService acceptances;
    private final RiskActionService actions;
    private final CurrentUsers users;

    RiskApiController(
            RiskService reads,
            RiskChangeService changes,
            RiskLifeCycleService lifeCycle,
            RiskAcceptanceService acceptances,
            RiskActionService actions,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.lifeCycle = lifeCycle;
        this.acceptances = acceptances;
        this.actions = actions;
        this.users = users;
    }

    @Override
    public RiskPage listRisks(
            String q,
            Long orgUnitId,
            String status,
            String band,
            String owner,
            Boolean significant,
            String cellKind,
            Integer cellLikelihood,
            Integer cellConsequence,
            Integer page,
            Integer size) {
        var result = reads.list(
                users.current(),
                new RiskFilter(
                        q,
                        orgUnitId,
                        status,
                        band,
                        owner,
                        Boolean.TRUE.equals(significant),
                        cellKind,
                        cellLikelihood,
                        cellConsequence),
                PageRequest.of(page, size, 50));
        return new RiskPage(
                result.items().stream().map(RiskApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured({Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.SYSTEMAGARE, Roles.CENTRAL_SAMORDNARE})
    public HttpResponse<Risk> identifyRisk(se.stockholm.varna.api.model.RiskInput body) {
        RiskView created = changes.identify(users.current(), input(body));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/risks/" + created.id());
    }

    @Override
    public Risk getRisk(Long id) {
        return toApi(reads.get(users.current(), id));
    }

    @Override
    @Secured({Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.SYSTEMAGARE, Roles.CENTRAL_SAMORDNARE})
    public Risk updateRisk(Long id, RiskUpdate body) {
        var in = new RiskInput(
                body.getTitle(),
                body.getDescription(),
                body.getThreat(),
                body.getVulnerability(),
                body.getOrgUnitId(),
                body.getOwnerUsername(),
                body.getOwnerName(),
                body.getContext(),
                null,
                body.getSupplierId(),
                body.getAssetIds(),
                body.getServiceIds());
        return toApi(changes.change(users.current(), id, in, body.getVersion()));
    }

    @Override
    @Secured({Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.SYSTEMAGARE, Roles.CENTRAL_SAMORDNARE})
    public Risk assessRisk(Long id, String kind, RiskAssessmentInput body) {
        return toApi(lifeCycle.assess(
                users.current(),
                id,
                kind,
                body.getLikelihood(),
                body.getConsequence(),
                body.getMotivation(),
                body.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE})
    public Risk reviewRisk(Long id, VersionOnly body) {
        return toApi(lifeCycle.review(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public Risk decideRisk(Long id, RiskDecisionInput body) {
        return toApi(
                lifeCycle.decide(users.current(), id, body.getTreatment(), body.getMotivation(), body.getVersion()));
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public Risk closeRisk(Long id, VersionOnly body) {
        return toApi(lifeCycle.close(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE})
    public Risk markRiskSignificant(Long id, RiskSignificantInput body) {
        return toApi(lifeCycle.markSignificant(users.current(), id, body.getSignificant(), body.getVersion()));
    }

    @Override
    public List<RiskAcceptance> listRiskAcceptances(Long id) {
        return acceptances.ofRisk(users.current(), id).stream()
                .map(RiskApiController::toApi)
                .toList();
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public RiskAcceptance acceptRisk(Long id, RiskAcceptanceInput body) {
        return toApi(
                acceptances.accept(users.current(), id, body.getRationale(), body.getExpiresOn(), body.getVersion()));
    }

    @Override
    @Secured(Roles.CENTRAL_SAMORDNARE)
    public RiskAcceptance secondDecideRiskAcceptance(Long id, Long acceptanceId, RiskSecondDecisionInput body) {
        return toApi(acceptances.confirm(
                users.current(), id, acceptanceId, Boolean.TRUE.equals(body.getApprove()), body.getComment()));
    }

    @Override
    public List<RiskAction> listRiskActions(Long id) {
        return actions.ofRisk(users.current(), id).stream()
                .map(RiskApiController::toApi)
                .toList();
    }

    @Override
    @Secured({Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.SYSTEMAGARE, Roles.CENTRAL_SAMORDNARE})
    public RiskAction planRiskAction(Long id, se.stockholm.varna.api.model.RiskActionInput body) {
        return toApi(actions.plan(
                users.current(),
                id,
                new RiskActionService.ActionInput(
                        body.getTitle(),
                        body.getDescription(),
                        body.getResponsible(),
                        body.getDueOn(),
                        body.getItServiceId(),
                        body.getRequirementCode())));
    }

    @Override
    @Secured({Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.SYSTEMAGARE, Roles.CENTRAL_SAMORDNARE})
    public RiskAction followUpRiskAction(Long id, Long actionId, RiskActionStatusInput body) {
        return toApi(actions.follow(users.current(), id, actionId, body.getStatus(), body.getVersion()));
    }

    @Override
    public Count countOverdueRiskActions() {
        return new Count(actions.overdueCount(users.current()));
    }

    private static RiskInput input(se.stockholm.varna.api.model.RiskInput b) {
        return new RiskInput(
                b.getTitle(),
                b.getDescription(),
                b.getThreat(),
                b.getVulnerability(),
                b.getOrgUnitId(),
                b.getOwnerUsername(),
                b.getOwnerName(),
                b.getContext(),
                null,
                b.getSupplierId(),
                b.getAssetIds(),
                b.getServiceIds());
    }

    private static Risk toApi(RiskView r) {
        return new Risk(
                        r.id(),
                        r.title(),
                        r.orgUnitId(),
                        r.orgUnitName(),
                        r.responsibleOrgName(),
                        r.ownerUsername(),
                        r.context(),
                        r.source(),
                        r.matrixId(),
                        r.status(),
                        r.significant(),
                        r.assessments().stream()
                                .map(a -> new RiskAssessment(
                                        a.kind(),
                                        a.likelihood(),
                                        a.consequence(),
                                        a.bandCode(),
                                        a.motivation(),
                                        a.assessedBy(),
                                        time(a.assessedAt())))
                                .toList(),
                        r.assets().stream()
                                .map(a -> new NamedRef(a.id(), a.name()))
                                .toList(),
                        r.services().stream()
                                .map(s -> new NamedRef(s.id(), s.name()))
                                .toList(),
                        r.version())
                .description(r.description())
                .threat(r.threat())
                .vulnerability(r.vulnerability())
                .ownerName(r.ownerName())
                .supplierId(r.supplierId())
                .supplierName(r.supplierName())
                .treatment(r.treatment())
                .treatmentMotivation(r.treatmentMotivation())
                .nextReviewOn(r.nextReviewOn());
    }

    private static RiskAcceptance toApi(RiskAcceptanceView a) {
        return new RiskAcceptance(
                        a.id(),
                        a.riskId(),
                        a.status(),
                        a.rationale(),
                        a.expiresOn(),
                        a.acceptedBy(),
                        a.acceptedRole(),
                        time(a.acceptedAt()),
                        a.snapshot())
                .acceptedByName(a.acceptedByName())
                .secondBy(a.secondBy())
                .secondAt(time(a.secondAt()))
                .secondComment(a.secondComment());
    }

    private static RiskAction toApi(RiskActionView a) {
        return new RiskAction(
                        a.id(), a.riskId(), a.title(), a.responsible(), a.dueOn(), a.status(), a.overdue(), a.version())
                .description(a.description())
                .itServiceId(a.itServiceId())
                .requirementCode(a.requirementCode());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
