package se.stockholm.varna.internalcontrol;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.risk.RiskFilter;
import se.stockholm.varna.risk.RiskService;
import se.stockholm.varna.risk.RiskView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;

/**
 * Kontrollmoment of a plan that is open for change (an utkast, or a fastställd plan under revision):
 * added, changed and removed by the samordnare, each linked to risks of the plan's organisation and
 * to the year's periods in which it is reported.
 */
@Singleton
public class ControlPointService {

    private final ControlPointRepository points;
    private final ControlPlanRepository plans;
    private final ControlPlanService reads;
    private final ControlPlanQueries queries;
    private final ReportingPeriodRepository periods;
    private final RiskService risks;
    private final ChangeEvents events;
    private final Clock clock;

    ControlPointService(
            ControlPointRepository points,
            ControlPlanRepository plans,
            ControlPlanService reads,
            ControlPlanQueries queries,
            ReportingPeriodRepository periods,
            RiskService risks,
            ChangeEvents events,
            Clock clock) {
        this.points = points;
        this.plans = plans;
        this.reads = reads;
        this.queries = queries;
        this.periods = periods;
        this.risks = risks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ControlPointView add(CurrentUser user, long planId, ControlPointInput raw) {
        ControlPlanChangeService.requireOwner(user);
        ControlPlanEntity plan = open(user, planId);
        ControlPointInput in = checked(user, plan, raw);
        LocalDateTime now = now();
        ControlPointEntity saved = insert(plan, in, points.lastPosition(planId) + 1, now);
        ControlPointView view = find(planId, saved.id());
        events.publish(
                ControlPlanChangeService.ENTITY, planId, "POINT_ADDED", user.actor(), plan.orgUnitId(), null, view);
        return view;
    }

    @Transactional
    public ControlPointView change(CurrentUser user, long pointId, ControlPointInput raw, long version) {
        ControlPlanChangeService.requireOwner(user);
        ControlPointEntity row = points.findById(pointId).orElseThrow(() -> Problems.notFound("Kontrollmomentet"));
        ControlPlanEntity plan = open(user, row.planId());
        if (row.version() == null || row.version() != version) {
            throw Problems.staleVersion();
        }
        ControlPointInput in = checked(user, plan, raw);
        ControlPointView before = find(plan.id(), pointId);
        points.update(row.changed(in, now(), version));
        queries.replaceLinks(pointId, in.riskIds(), in.periodCodes());
        ControlPointView after = find(plan.id(), pointId);
        events.publish(
                ControlPlanChangeService.ENTITY,
                plan.id(),
                "POINT_CHANGED",
                user.actor(),
                plan.orgUnitId(),
                before,
                after);
        return after;
    }

    @Transactional
    public void remove(CurrentUser user, long pointId, long version) {
        ControlPlanChangeService.requireOwner(user);
        ControlPointEntity row = points.findById(pointId).orElseThrow(() -> Problems.notFound("Kontrollmomentet"));
        ControlPlanEntity plan = open(user, row.planId());
        if (row.version() == null || row.version() != version) {
            throw Problems.staleVersion();
        }
        if (points.followUps(pointId) > 0) {
            throw Problems.conflict("Kontrollmomentet har uppföljningar och kan inte tas bort.");
        }
        ControlPointView before = find(plan.id(), pointId);
        queries.replaceLinks(pointId, List.of(), List.of());
        points.delete(row);
        events.publish(
                ControlPlanChangeService.ENTITY,
                plan.id(),
                "POINT_REMOVED",
                user.actor(),
                plan.orgUnitId(),
                before,
                null);
    }

    /** One kontrollmoment per väsentlig, open risk of the organisation not yet covered; answers how many. */
    int prefill(CurrentUser user, ControlPlanEntity plan, List<String> periodCodes) {
        Set<Long> covered = new HashSet<>(queries.coveredRisks(plan.id()));
        RiskFilter significant = new RiskFilter(null, plan.orgUnitId(), null, null, null, true, null, null, null);
        int position = points.lastPosition(plan.id());
        int added = 0;
        LocalDateTime now = now();
        for (RiskView risk : risks.list(user, significant, new PageRequest(0, PageRequest.MAX_SIZE))
                .items()) {
            if (risk.responsibleOrgId() != plan.orgUnitId() || !covered.add(risk.id())) {
                continue;
            }
            String owner = risk.ownerName() == null ? risk.ownerUsername() : risk.ownerName();
            ControlPointInput in = ControlPlanRules.prefilled(
                    new ControlPlanRules.SignificantRisk(risk.id(), risk.title(), owner), periodCodes);
            insert(plan, in, ++position, now);
            added++;
        }
        return added;
    }

    private ControlPointEntity insert(ControlPlanEntity plan, ControlPointInput in, int position, LocalDateTime now) {
        ControlPointEntity saved = points.save(new ControlPointEntity(
                null,
                plan.id(),
                in.title(),
                in.whatChecked(),
                in.method(),
                in.frequencyCode(),
                in.responsible(),
                position,
                now,
                now,
                0L));
        queries.replaceLinks(saved.id(), in.riskIds(), in.periodCodes());
        return saved;
    }

    /** Valid input whose risks the caller sees and belong to the plan's organisation. */
    private ControlPointInput checked(CurrentUser user, ControlPlanEntity plan, ControlPointInput raw) {
        ControlPointInput in = ControlPlanRules.normalised(raw);
        Set<String> yearPeriods = new LinkedHashSet<>();
        periods.ofYear(plan.year()).forEach(p -> yearPeriods.add(p.code()));
        List<String> frequencies =
                queries.frequencies().stream().map(ControlFrequency::code).toList();
        List<FieldProblem> problems = new ArrayList<>(ControlPlanRules.point(in, frequencies, yearPeriods));
        for (Long riskId : in.riskIds()) {
            if (!belongs(user, riskId, plan.orgUnitId())) {
                problems.add(new FieldProblem("riskIds", "Välj risker som hör till planens organisation."));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return in;
    }

    private boolean belongs(CurrentUser user, long riskId, long orgUnitId) {
        try {
            return risks.get(user, riskId).responsibleOrgId() == orgUnitId;
        } catch (se.stockholm.varna.shared.ProblemException e) {
            return false;
        }
    }

    private ControlPlanEntity open(CurrentUser user, long planId) {
        ControlPlanEntity plan = reads.visible(user, planId);
        if (!plan.editable()) {
            throw Problems.conflict("Planen är fastställd. Starta en revidering med motivering för att ändra den.");
        }
        return plan;
    }

    private ControlPointView find(long planId, long pointId) {
        return queries.points(planId).stream()
                .filter(p -> p.id() == pointId)
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Kontrollmomentet"));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
