package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The life of an internkontrollplan: made by the samordnare for an ansvarig organisation and year
 * (pre-filled from its väsentliga risks), fastställd with the nämnd's decision date, and after that
 * changed only through a recorded revision (reason, snapshot before, snapshot after).
 */
@Singleton
public class ControlPlanChangeService {

    static final String ENTITY = "ControlPlan";

    private final ControlPlanRepository plans;
    private final ControlPlanRevisionRepository revisions;
    private final ControlPlanService reads;
    private final ControlPointService points;
    private final ReportingPeriodService periods;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final JsonMapper json;
    private final Clock clock;

    ControlPlanChangeService(
            ControlPlanRepository plans,
            ControlPlanRevisionRepository revisions,
            ControlPlanService reads,
            ControlPointService points,
            ReportingPeriodService periods,
            ScopeService scopes,
            ChangeEvents events,
            JsonMapper json,
            Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.reads = reads;
        this.points = points;
        this.periods = periods;
        this.scopes = scopes;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A new plan in UTKAST; with {@code prefill}, one kontrollmoment per väsentlig risk of the organisation. */
    @Transactional
    public ControlPlanView create(CurrentUser user, @Nullable Long orgUnitId, @Nullable Integer year, boolean prefill) {
        requireOwner(user);
        if (orgUnitId == null) {
            throw Problems.invalidField("orgUnitId", "Välj nämnd, stadsdelsnämnd eller bolag.");
        }
        if (year == null) {
            throw Problems.invalidField("year", "Ange planåret.");
        }
        Placement placement = scopes.writablePlacement(user, orgUnitId);
        if (placement.responsibleOrgId() != orgUnitId) {
            throw Problems.invalidField(
                    "orgUnitId",
                    "En internkontrollplan görs för en nämnd, stadsdelsnämnd eller ett bolag, inte för en enhet.");
        }
        List<String> codes = periods.ensureYear(user, year).stream()
                .map(ReportingPeriodEntity::code)
                .toList();
        if (plans.find(orgUnitId, year).isPresent()) {
            throw Problems.conflict(placement.unitName() + " har redan en internkontrollplan för " + year + ".");
        }
        LocalDateTime now = now();
        ControlPlanEntity saved = plans.save(new ControlPlanEntity(
                null,
                orgUnitId,
                year,
                ControlPlanEntity.DRAFT,
                null,
                null,
                0,
                null,
                null,
                user.username(),
                now,
                now,
                0L));
        if (prefill) {
            points.prefill(user, saved, codes);
        }
        ControlPlanView view = reads.view(user, saved);
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), orgUnitId, null, view.snapshot());
        return view;
    }

    /** Adds a kontrollmoment for each väsentlig risk the plan does not cover yet; answers how many. */
    @Transactional
    public int addSignificantRisks(CurrentUser user, long planId, long version) {
        requireOwner(user);
        ControlPlanEntity plan = editable(user, planId, version);
        List<String> codes = periods.ensureYear(user, plan.year()).stream()
                .map(ReportingPeriodEntity::code)
                .toList();
        int added = points.prefill(user, plan, codes);
        plans.update(plan.touched(now(), version));
        events.publish(
                ENTITY,
                planId,
                "SIGNIFICANT_RISKS_ADDED",
                user.actor(),
                plan.orgUnitId(),
                null,
                java.util.Map.of("added", added));
        return added;
    }

    /** Records the nämnd's decision; a revision in progress is completed with the plan as now decided. */
    @Transactional
    public ControlPlanView establish(
            CurrentUser user, long planId, @Nullable LocalDate decidedOn, @Nullable String reference, long version) {
        requireOwner(user);
        ControlPlanEntity plan = editable(user, planId, version);
        ControlPlanView before = reads.view(user, plan);
        List<FieldProblem> problems = ControlPlanRules.establishing(
                decidedOn,
                reference,
                plan.year(),
                LocalDate.now(clock),
                before.points().size());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        LocalDateTime now = now();
        ControlPlanEntity saved = plans.update(
                plan.established(decidedOn, ControlPlanRules.strip(reference), user.username(), now, version));
        String snapshot = toJson(reads.view(user, saved).snapshot());
        revisions.open(planId).ifPresent(r -> revisions.update(r.completed(decidedOn, user.username(), now, snapshot)));
        ControlPlanView after = reads.view(user, saved);
        events.publish(
                ENTITY, planId, "ESTABLISHED", user.actor(), plan.orgUnitId(), before.snapshot(), after.snapshot());
        return after;
    }

    /** Opens a fastställd plan for change, recording why and what it was. */
    @Transactional
    public ControlPlanView revise(CurrentUser user, long planId, @Nullable String reason, long version) {
        requireOwner(user);
        ControlPlanEntity plan = owned(user, planId, version);
        if (!ControlPlanEntity.ESTABLISHED.equals(plan.status())) {
            throw Problems.conflict("Bara en fastställd plan revideras; ett utkast ändras direkt.");
        }
        List<FieldProblem> problems = ControlPlanRules.revisionReason(reason);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        ControlPlanView before = reads.view(user, plan);
        LocalDateTime now = now();
        ControlPlanEntity saved = plans.update(plan.revising(now, version));
        revisions.save(new ControlPlanRevisionEntity(
                null,
                planId,
                saved.revisionNo(),
                reason.strip(),
                user.username(),
                now,
                toJson(before.snapshot()),
                null,
                null,
                null,
                null));
        ControlPlanView after = reads.view(user, saved);
        events.publish(
                ENTITY,
                planId,
                "REVISION_STARTED",
                user.actor(),
                plan.orgUnitId(),
                before.snapshot(),
                java.util.Map.of("revisionNo", saved.revisionNo(), "reason", reason.strip()));
        return after;
    }

    /** The plan, in the caller's writable scope, at the expected version, and open for change. */
    ControlPlanEntity editable(CurrentUser user, long planId, long version) {
        ControlPlanEntity plan = owned(user, planId, version);
        if (!plan.editable()) {
            throw Problems.conflict("Planen är fastställd. Starta en revidering med motivering för att ändra den.");
        }
        return plan;
    }

    private ControlPlanEntity owned(CurrentUser user, long planId, long version) {
        ControlPlanEntity plan = reads.visible(user, planId);
        if (plan.version() == null || plan.version() != version) {
            throw Problems.staleVersion();
        }
        return plan;
    }

    static void requireOwner(CurrentUser user) {
        InternalControlRoles.require(
                user,
                InternalControlRoles.PLAN_OWNERS,
                "Internkontrollplanen ägs av informationssäkerhetssamordnaren.");
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
