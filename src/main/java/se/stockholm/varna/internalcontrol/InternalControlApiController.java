package se.stockholm.varna.internalcontrol;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import se.stockholm.varna.api.InternalControlApi;
import se.stockholm.varna.api.model.ControlPlan;
import se.stockholm.varna.api.model.ControlPlanEstablishInput;
import se.stockholm.varna.api.model.ControlPlanInput;
import se.stockholm.varna.api.model.ControlPlanPage;
import se.stockholm.varna.api.model.ControlPlanRevisionInput;
import se.stockholm.varna.api.model.ControlPoint;
import se.stockholm.varna.api.model.CorrectiveActionInput;
import se.stockholm.varna.api.model.Count;
import se.stockholm.varna.api.model.Evidence;
import se.stockholm.varna.api.model.FollowUp;
import se.stockholm.varna.api.model.FollowUpSheet;
import se.stockholm.varna.api.model.MissingFollowUp;
import se.stockholm.varna.api.model.PeriodReopenInput;
import se.stockholm.varna.api.model.ReportingPeriod;
import se.stockholm.varna.api.model.ReportingYearInput;
import se.stockholm.varna.api.model.RiskAction;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.risk.RiskActionService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The internkontroll endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class InternalControlApiController implements InternalControlApi {

    private final ReportingPeriodService periods;
    private final ControlPlanService plans;
    private final ControlPlanChangeService planChanges;
    private final ControlPointService points;
    private final FollowUpService followUps;
    private final EvidenceService evidence;
    private final FollowUpActionService correctiveActions;
    private final CurrentUsers users;

    InternalControlApiController(
            ReportingPeriodService periods,
            ControlPlanService plans,
            ControlPlanChangeService planChanges,
            ControlPointService points,
            FollowUpService followUps,
            EvidenceService evidence,
            FollowUpActionService correctiveActions,
            CurrentUsers users) {
        this.periods = periods;
        this.plans = plans;
        this.planChanges = planChanges;
        this.points = points;
        this.followUps = followUps;
        this.evidence = evidence;
        this.correctiveActions = correctiveActions;
        this.users = users;
    }

    @Override
    public List<ReportingPeriod> listReportingPeriods(Integer year) {
        return periods.ofYear(users.current(), year).stream()
                .map(InternalControlApiMapping::period)
                .toList();
    }

    @Override
    @Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE})
    public List<ReportingPeriod> configureReportingYear(Integer year, ReportingYearInput body) {
        return periods.configure(users.current(), year, body.getCodes()).stream()
                .map(InternalControlApiMapping::period)
                .toList();
    }

    @Override
    @Secured(Roles.CENTRAL_SAMORDNARE)
    public ReportingPeriod closeReportingPeriod(Long id, VersionOnly body) {
        return InternalControlApiMapping.period(periods.close(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.CENTRAL_SAMORDNARE)
    public ReportingPeriod reopenReportingPeriod(Long id, PeriodReopenInput body) {
        return InternalControlApiMapping.period(
                periods.reopen(users.current(), id, body.getReason(), body.getVersion()));
    }

    @Override
    public List<se.stockholm.varna.api.model.ControlFrequency> listControlFrequencies() {
        return plans.frequencies().stream()
                .map(f -> new se.stockholm.varna.api.model.ControlFrequency(f.code(), f.nameSv(), f.nameEn()))
                .toList();
    }

    @Override
    public ControlPlanPage listControlPlans(Integer year, Long orgUnitId, Integer page, Integer size) {
        var result = plans.list(users.current(), year, orgUnitId, PageRequest.of(page, size, 50));
        return new ControlPlanPage(
                result.items().stream().map(InternalControlApiMapping::summary).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    public HttpResponse<ControlPlan> createControlPlan(ControlPlanInput body) {
        ControlPlanView created = planChanges.create(
                users.current(), body.getOrgUnitId(), body.getYear(), !Boolean.FALSE.equals(body.getPrefill()));
        return HttpResponse.created(InternalControlApiMapping.plan(created));
    }

    @Override
    public ControlPlan getControlPlan(Long id) {
        return InternalControlApiMapping.plan(plans.get(users.current(), id));
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    public ControlPlan establishControlPlan(Long id, ControlPlanEstablishInput body) {
        return InternalControlApiMapping.plan(planChanges.establish(
                users.current(), id, body.getDecidedOn(), body.getDecisionReference(), body.getVersion()));
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    public ControlPlan reviseControlPlan(Long id, ControlPlanRevisionInput body) {
        return InternalControlApiMapping.plan(
                planChanges.revise(users.current(), id, body.getReason(), body.getVersion()));
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    public Count addSignificantRisksToPlan(Long id, VersionOnly body) {
        return new Count((long) planChanges.addSignificantRisks(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    public HttpResponse<ControlPoint> addControlPoint(Long id, se.stockholm.varna.api.model.ControlPointInput body) {
        return HttpResponse.created(InternalControlApiMapping.point(
                points.add(users.current(), id, InternalControlApiMapping.input(body))));
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    public ControlPoint changeControlPoint(Long id, se.stockholm.varna.api.model.ControlPointInput body) {
        if (body.getVersion() == null) {
            throw se.stockholm.varna.shared.Problems.invalidField("version", "Ange den version du ändrar.");
        }
        return InternalControlApiMapping.point(
                points.change(users.current(), id, InternalControlApiMapping.input(body), body.getVersion()));
    }

    @Override
    @Secured(Roles.SAMORDNARE)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public HttpResponse<Void> removeControlPoint(Long id, Long version) {
        points.remove(users.current(), id, version);
        return HttpResponse.noContent();
    }

    @Override
    public FollowUpSheet getFollowUpSheet(Long id, String periodCode) {
        return InternalControlApiMapping.sheet(followUps.sheet(users.current(), id, periodCode));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public FollowUp recordFollowUp(Long id, String periodCode, se.stockholm.varna.api.model.FollowUpInput body) {
        FollowUpInput in = new FollowUpInput(
                body.getResult() == null ? null : body.getResult().getValue(),
                body.getComment(),
                body.getEvidenceUrl());
        return InternalControlApiMapping.followUp(
                followUps.record(users.current(), id, periodCode, in, body.getVersion()));
    }

    @Override
    public List<MissingFollowUp> listMissingFollowUps(Integer year, Long orgUnitId) {
        return followUps.missing(users.current(), year, orgUnitId).stream()
                .map(InternalControlApiMapping::missing)
                .toList();
    }

    @Override
    public FollowUp getFollowUp(Long id) {
        return InternalControlApiMapping.followUp(followUps.get(users.current(), id));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public HttpResponse<Evidence> uploadFollowUpEvidence(Long id, CompletedFileUpload file) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.created(
                InternalControlApiMapping.evidence(evidence.upload(users.current(), id, file.getFilename(), bytes)));
    }

    @Override
    public FileCustomizableResponseType downloadFollowUpEvidence(Long id, Long evidenceId) {
        EvidenceFile file = evidence.download(users.current(), id, evidenceId);
        return new EvidenceDownload(file);
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public HttpResponse<RiskAction> planCorrectiveAction(Long id, CorrectiveActionInput body) {
        var action = new RiskActionService.ActionInput(
                body.getTitle(), body.getDescription(), body.getResponsible(), body.getDueOn(), null, null);
        return HttpResponse.created(InternalControlApiMapping.action(
                correctiveActions.plan(users.current(), id, body.getRiskId(), action)));
    }

    static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
