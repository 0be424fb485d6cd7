package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.stockholm.varna.risk.RiskActionService;
import se.stockholm.varna.risk.RiskActionView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * Uppföljning of kontrollmoment per period: recorded (and corrected while the period is open) by the
 * samordnare or an informationsägare in scope, against a fastställd plan; a closed period is frozen.
 */
@Singleton
public class FollowUpService {

    private final FollowUpRepository followUps;
    private final ControlPointRepository points;
    private final ReportingPeriodRepository periods;
    private final EvidenceRepository evidence;
    private final ControlPlanService plans;
    private final RiskActionService riskActions;
    private final ChangeEvents events;
    private final FollowUpQueries queries;
    private final se.stockholm.varna.organisation.ScopeService scopes;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository followUps,
            ControlPointRepository points,
            ReportingPeriodRepository periods,
            EvidenceRepository evidence,
            ControlPlanService plans,
            RiskActionService riskActions,
            ChangeEvents events,
            FollowUpQueries queries,
            se.stockholm.varna.organisation.ScopeService scopes,
            Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.followUps = followUps;
        this.points = points;
        this.periods = periods;
        this.evidence = evidence;
        this.plans = plans;
        this.riskActions = riskActions;
        this.events = events;
        this.clock = clock;
    }

    /** Every kontrollmoment of the plan reported in the period, with its uppföljning if recorded. */
    @Transactional
    public FollowUpSheet sheet(CurrentUser user, long planId, String periodCode) {
        InternalControlRoles.requireReader(user);
        ControlPlanView plan = plans.get(user, planId);
        ReportingPeriodEntity period = periodOf(plan.year(), periodCode);
        Map<Long, FollowUpEntity> recorded = followUps.ofPlanAndPeriod(planId, period.id()).stream()
                .collect(Collectors.toMap(FollowUpEntity::controlPointId, Function.identity()));
        List<FollowUpSheet.Row> rows = new ArrayList<>();
        for (ControlPointView point : plan.points()) {
            if (point.reportedIn(period.code())) {
                FollowUpEntity f = recorded.get(point.id());
                rows.add(new FollowUpSheet.Row(point, f == null ? null : view(user, f, period.code(), point)));
            }
        }
        return new FollowUpSheet(plan, ReportingPeriodView.of(period), rows);
    }

    /** Missing follow-ups in open periods, in the caller's scope, optionally of one year and subtree. */
    @Transactional(readOnly = true)
    public List<MissingFollowUp> missing(CurrentUser user, @Nullable Integer year, @Nullable Long orgUnitId) {
        InternalControlRoles.requireReader(user);
        String underPath = orgUnitId == null
                ? null
                : scopes.visiblePath(user, orgUnitId).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        return queries.missing(scopes.scopeOf(user), year, underPath, java.time.LocalDate.now(clock));
    }

    /** Records or corrects the uppföljning; {@code version} null means "none recorded yet". */
    @Transactional
    public FollowUpView record(
            CurrentUser user, long pointId, String periodCode, FollowUpInput raw, @Nullable Long version) {
        InternalControlRoles.require(
                user,
                InternalControlRoles.FOLLOW_UP_RECORDERS,
                "Din roll ger inte behörighet att rapportera uppföljning.");
        ControlPointEntity point = points.findById(pointId).orElseThrow(() -> Problems.notFound("Kontrollmomentet"));
        ControlPlanEntity plan = plans.visible(user, point.planId());
        ReportingPeriodEntity period = writablePeriod(plan, periodCode);
        ControlPointView pointView = plans.view(user, plan).points().stream()
                .filter(p -> p.id() == pointId)
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Kontrollmomentet"));
        if (!pointView.reportedIn(period.code())) {
            throw Problems.invalidField("periodCode", "Kontrollmomentet rapporteras inte i " + period.code() + ".");
        }
        FollowUpInput in = FollowUpRules.normalised(raw);
        List<FieldProblem> problems = FollowUpRules.check(in);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        FollowUpEntity existing = followUps.find(pointId, period.id()).orElse(null);
        FollowUpView before = existing == null ? null : view(user, existing, period.code(), pointView);
        FollowUpEntity saved;
        if (existing == null) {
            if (version != null) {
                throw Problems.staleVersion();
            }
            saved = followUps.save(new FollowUpEntity(
                    null, pointId, period.id(), in.result(), in.comment(), in.evidenceUrl(), user.username(), now, 0L));
        } else {
            if (version == null
                    || existing.version() == null
                    || existing.version().longValue() != version) {
                throw Problems.staleVersion();
            }
            saved = followUps.update(existing.changed(in, user.username(), now, version));
        }
        FollowUpView after = view(user, saved, period.code(), pointView);
        events.publish(
                ControlPlanChangeService.ENTITY,
                plan.id(),
                "FOLLOW_UP_RECORDED",
                user.actor(),
                plan.orgUnitId(),
                before,
                after);
        return after;
    }

    /** The follow-up, its plan visible to the caller. */
    @Transactional(readOnly = true)
    public FollowUpView get(CurrentUser user, long followUpId) {
        InternalControlRoles.requireReader(user);
        Located at = locate(user, followUpId);
        return view(user, at.followUp(), at.period().code(), at.point());
    }

    /** Where a follow-up is: its plan, period and kontrollmoment (for the pages' links back). */
    public record Place(long planId, String periodCode, long controlPointId) {}

    @Transactional(readOnly = true)
    public Place place(CurrentUser user, long followUpId) {
        InternalControlRoles.requireReader(user);
        Located at = locate(user, followUpId);
        return new Place(at.plan().id(), at.period().code(), at.point().id());
    }

    /** A follow-up with its plan (in the caller's scope), period and kontrollmoment. */
    record Located(
            FollowUpEntity followUp, ControlPlanEntity plan, ReportingPeriodEntity period, ControlPointView point) {}

    Located locate(CurrentUser user, long followUpId) {
        FollowUpEntity f = followUps.findById(followUpId).orElseThrow(() -> Problems.notFound("Uppföljningen"));
        ControlPointEntity point =
                points.findById(f.controlPointId()).orElseThrow(() -> Problems.notFound("Uppföljningen"));
        ControlPlanEntity plan;
        try {
            plan = plans.visible(user, point.planId());
        } catch (se.stockholm.varna.shared.ProblemException e) {
            throw Problems.notFound("Uppföljningen");
        }
        ReportingPeriodEntity period = periods.findById(f.periodId()).orElseThrow();
        ControlPointView view = plans.view(user, plan).points().stream()
                .filter(p -> p.id() == point.id())
                .findFirst()
                .orElseThrow();
        return new Located(f, plan, period, view);
    }

    /** The period, open, of an adopted plan: where follow-ups and their evidence may still change. */
    ReportingPeriodEntity writablePeriod(ControlPlanEntity plan, String periodCode) {
        if (!plan.adopted()) {
            throw Problems.conflict("Planen är inte fastställd ännu; uppföljning görs mot en fastställd plan.");
        }
        ReportingPeriodEntity period = periodOf(plan.year(), periodCode);
        if (!ReportingPeriodEntity.OPEN.equals(period.status())) {
            throw Problems.conflict(
                    "Perioden " + period.code() + " " + period.year() + " är stängd; uppföljningen kan inte ändras.");
        }
        return period;
    }

    FollowUpView view(CurrentUser user, FollowUpEntity f, String periodCode, ControlPointView point) {
        List<Long> actionIds = followUps.actionIds(f.id());
        List<RiskActionView> actions = new ArrayList<>();
        if (!actionIds.isEmpty()) {
            for (ControlPointView.LinkedRisk risk : point.risks()) {
                riskActions.ofRisk(user, risk.id()).stream()
                        .filter(a -> actionIds.contains(a.id()))
                        .forEach(actions::add);
            }
        }
        return new FollowUpView(
                f.id(),
                f.controlPointId(),
                f.periodId(),
                periodCode,
                f.result(),
                f.comment(),
                f.evidenceUrl(),
                f.recordedBy(),
                f.recordedAt().toInstant(ZoneOffset.UTC),
                f.version() == null ? 0 : f.version(),
                evidence.findByFollowUpIdOrderByUploadedAt(f.id()).stream()
                        .map(EvidenceEntity::view)
                        .toList(),
                actions);
    }

    private ReportingPeriodEntity periodOf(int year, String code) {
        return periods.find(year, code == null ? "" : code).orElseThrow(() -> Problems.notFound("Perioden"));
    }
}
