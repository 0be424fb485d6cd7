package se.stockholm.varna.classification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import se.stockholm.varna.api.ActionPlansApi;
import se.stockholm.varna.api.model.ActionPlan;
import se.stockholm.varna.api.model.ActionPlanItem;
import se.stockholm.varna.api.model.Fulfilment;
import se.stockholm.varna.api.model.FulfilmentReport;
import se.stockholm.varna.api.model.HandlingLabel;
import se.stockholm.varna.api.model.HostingDecision;
import se.stockholm.varna.api.model.HostingDecisionInput;
import se.stockholm.varna.api.model.HostingSnapshot;
import se.stockholm.varna.api.model.HostingStatus;
import se.stockholm.varna.api.model.OrganisationFulfilment;
import se.stockholm.varna.api.model.PendingHostingDecision;
import se.stockholm.varna.api.model.ProcessedAssetRef;
import se.stockholm.varna.api.model.ProtectionLevel;
import se.stockholm.varna.api.model.ProtectionLevelOverride;
import se.stockholm.varna.api.model.ProtectionLevelOverrideInput;
import se.stockholm.varna.api.model.ProtectionLevels;
import se.stockholm.varna.api.model.RequirementAssessmentInput;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;

/** The action-plans endpoints of openapi/varna.yaml (levels, handlingsplan, upphandlingskrav, hosting decisions): maps and delegates. */
@Controller
@AnyPersonRole
class ActionPlanApiController implements ActionPlansApi {

    private final ProtectionLevelService levels;
    private final ActionPlanService plans;
    private final HostingDecisionService hosting;
    private final FulfilmentService fulfilment;
    private final CurrentUsers users;

    ActionPlanApiController(
            ProtectionLevelService levels,
            ActionPlanService plans,
            HostingDecisionService hosting,
            FulfilmentService fulfilment,
            CurrentUsers users) {
        this.levels = levels;
        this.plans = plans;
        this.hosting = hosting;
        this.fulfilment = fulfilment;
        this.users = users;
    }

    @Override
    public ProtectionLevels getProtectionLevels(Long id) {
        return toApi(levels.levels(users.current(), id));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ProtectionLevels overrideProtectionLevel(Long id, String aspect, ProtectionLevelOverrideInput body) {
        return toApi(levels.override(users.current(), id, aspect, body.getLevel(), body.getMotivation()));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ProtectionLevels removeProtectionLevelOverride(Long id, String aspect) {
        return toApi(levels.removeOverride(users.current(), id, aspect));
    }

    @Override
    public ActionPlan getActionPlan(Long id) {
        ActionPlanView p = plans.plan(users.current(), id);
        ScaleView.HandlingLabel label = p.handlingLabel();
        return new ActionPlan(
                p.itServiceId(),
                p.itServiceName(),
                toApi(p.levels()),
                new HandlingLabel(label.kLevel(), label.code(), label.name(), label.rule(), label.openDataPossible()),
                toApi(p.hosting()),
                p.catalogueVersion(),
                p.requirements().stream().map(ActionPlanApiController::toApi).toList(),
                toApi(p.fulfilment()),
                p.gaps().stream().map(ActionPlanApiController::toApi).toList());
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ActionPlanItem assessRequirement(Long id, String code, RequirementAssessmentInput body) {
        var in = new ActionPlanService.AssessmentInput(
                body.getStatus() == null ? null : body.getStatus().getValue(), body.getComment(), body.getVersion());
        return toApi(plans.assess(users.current(), id, code, in));
    }

    @Override
    public HttpResponse<String> exportProcurementRequirements(Long id) {
        ProcurementRequirements export = plans.procurement(users.current(), id);
        return HttpResponse.ok(export.csv())
                .contentType(ProcurementRequirements.CONTENT_TYPE)
                .header("Content-Disposition", export.contentDisposition());
    }

    @Override
    public List<HostingDecision> listHostingDecisions(Long id) {
        return hosting.decisions(users.current(), id).stream()
                .map(ActionPlanApiController::toApi)
                .toList();
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public HttpResponse<HostingDecision> decideHosting(Long id, HostingDecisionInput body) {
        var in = new HostingDecisionService.Decision(
                body.getOutcome() == null ? null : body.getOutcome().getValue(),
                body.getConditions(),
                body.getMotivation());
        HostingDecisionView decided = hosting.decide(users.current(), id, in);
        return HttpResponse.created(toApi(decided))
                .header("Location", "/api/v1/it-services/" + id + "/hosting-decisions");
    }

    @Override
    public FulfilmentReport getFulfilment(Long orgUnitId) {
        FulfilmentReportView report = fulfilment.report(users.current(), orgUnitId);
        return new FulfilmentReport(
                report.organisations().stream()
                        .map(o -> new OrganisationFulfilment(
                                o.orgUnitId(), o.name(), o.services(), toApi(o.fulfilment())))
                        .toList(),
                toApi(report.total()));
    }

    @Override
    public List<PendingHostingDecision> listPendingHostingDecisions(Long orgUnitId) {
        return hosting.pending(users.current(), orgUnitId).stream()
                .map(p -> new PendingHostingDecision(
                                p.itServiceId(),
                                p.name(),
                                p.responsibleOrgId(),
                                p.responsibleOrgName(),
                                p.hosting(),
                                p.cloud(),
                                p.countries(),
                                p.requiredK(),
                                p.personalData())
                        .latestDecisionAt(time(p.latestDecisionAt())))
                .toList();
    }

    private static ProtectionLevels toApi(ProtectionLevelsView v) {
        return new ProtectionLevels(
                v.itServiceId(),
                v.aspects().stream().map(ActionPlanApiController::toApi).toList(),
                v.processedAssets(),
                v.unclassifiedAssets().stream()
                        .map(ActionPlanApiController::toApi)
                        .toList(),
                v.complete(),
                v.separateAnalysisRequired());
    }

    private static ProtectionLevel toApi(ProtectionLevelsView.Aspect a) {
        ProtectionLevelsView.LevelOverride o = a.override();
        return new ProtectionLevel(
                        a.aspect(),
                        a.aspectName(),
                        a.inheritedLevel(),
                        a.requiredLevel(),
                        a.requiredLevelName(),
                        a.inCatalogue())
                .causedBy(a.causedBy() == null ? null : toApi(a.causedBy()))
                .override(
                        o == null
                                ? null
                                : new ProtectionLevelOverride(
                                        o.level(), o.motivation(), o.recordedBy(), time(o.recordedAt())));
    }

    private static ProcessedAssetRef toApi(ProtectionLevelsView.AssetRef r) {
        return new ProcessedAssetRef(r.inScope()).id(r.id()).name(r.name());
    }

    private static ActionPlanItem toApi(ActionPlanView.Item i) {
        Requirement r = i.requirement();
        return new ActionPlanItem(
                        r.code(), r.aspect(), r.minLevel(), r.kind(), r.isoControl(), r.title(), r.text(), i.version())
                .status(i.status())
                .comment(i.comment())
                .assessedBy(i.assessedBy())
                .assessedAt(time(i.assessedAt()));
    }

    private static Fulfilment toApi(FulfilmentView f) {
        return new Fulfilment(
                        f.applicable(), f.fulfilled(), f.partial(), f.notFulfilled(), f.notApplicable(), f.unassessed())
                .rate(f.rate());
    }

    private static HostingStatus toApi(ActionPlanView.HostingStatus s) {
        return new HostingStatus(s.cloud(), s.thirdCountry(), s.decisionRelevant(), s.needsDecision())
                .latestDecision(s.latestDecision() == null ? null : toApi(s.latestDecision()));
    }

    private static HostingDecision toApi(HostingDecisionView d) {
        HostingDecisionView.Snapshot s = d.snapshot();
        return new HostingDecision(
                        d.id(),
                        d.itServiceId(),
                        d.outcome(),
                        d.decidedBy(),
                        d.decidedRole(),
                        time(d.decidedAt()),
                        new HostingSnapshot(
                                s.hosting(), s.cloud(), s.countries(), s.requiredLevels(), s.personalData()),
                        d.current())
                .conditions(d.conditions())
                .decidedByName(d.decidedByName());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
