package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.List;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/** Reading internkontrollplaner in the caller's scope: a plan outside it does not exist for them. */
@Singleton
public class ControlPlanService {

    private final ControlPlanRepository plans;
    private final ControlPlanRevisionRepository revisions;
    private final ControlPlanQueries queries;
    private final ReportingPeriodService periods;
    private final ScopeService scopes;
    private final OrgUnitService orgUnits;

    ControlPlanService(
            ControlPlanRepository plans,
            ControlPlanRevisionRepository revisions,
            ControlPlanQueries queries,
            ReportingPeriodService periods,
            ScopeService scopes,
            OrgUnitService orgUnits) {
        this.plans = plans;
        this.revisions = revisions;
        this.queries = queries;
        this.periods = periods;
        this.scopes = scopes;
        this.orgUnits = orgUnits;
    }

    @Transactional(readOnly = true)
    public PageView<ControlPlanSummary> list(
            CurrentUser user, @Nullable Integer year, @Nullable Long orgUnitId, PageRequest page) {
        InternalControlRoles.requireReader(user);
        String underPath = orgUnitId == null
                ? null
                : scopes.visiblePath(user, orgUnitId).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        return queries.list(scopes.scopeOf(user), year, underPath, page);
    }

    @Transactional
    public ControlPlanView get(CurrentUser user, long id) {
        InternalControlRoles.requireReader(user);
        return view(user, visible(user, id));
    }

    /** The ansvariga organisationer the caller may make a plan for. */
    @Transactional(readOnly = true)
    public List<OrgUnitChoice> plannable(CurrentUser user) {
        if (!user.hasAnyRole(InternalControlRoles.PLAN_OWNERS)) {
            return List.of();
        }
        return queries.responsibleOrgs(scopes.scopeOf(user));
    }

    @Transactional(readOnly = true)
    public List<ControlFrequency> frequencies() {
        return queries.frequencies();
    }

    /** The plan row, when it exists and its organisation is in the caller's scope. */
    ControlPlanEntity visible(CurrentUser user, long id) {
        ControlPlanEntity plan = plans.findById(id).orElseThrow(() -> Problems.notFound("Internkontrollplanen"));
        if (scopes.visiblePath(user, plan.orgUnitId()).isEmpty()) {
            throw Problems.notFound("Internkontrollplanen");
        }
        return plan;
    }

    ControlPlanView view(CurrentUser user, ControlPlanEntity plan) {
        List<ControlPlanView.Revision> history = revisions.findByPlanIdOrderByRevisionNo(plan.id()).stream()
                .map(r -> new ControlPlanView.Revision(
                        r.revisionNo(),
                        r.reason(),
                        r.startedBy(),
                        r.startedAt().toInstant(ZoneOffset.UTC),
                        r.decidedOn(),
                        r.establishedBy(),
                        r.establishedAt() == null ? null : r.establishedAt().toInstant(ZoneOffset.UTC)))
                .toList();
        return new ControlPlanView(
                plan.id(),
                plan.orgUnitId(),
                orgUnits.get(user, plan.orgUnitId()).name(),
                plan.year(),
                plan.status(),
                plan.decidedOn(),
                plan.decisionReference(),
                plan.revisionNo(),
                plan.establishedBy(),
                plan.establishedAt() == null ? null : plan.establishedAt().toInstant(ZoneOffset.UTC),
                plan.createdBy(),
                plan.createdAt().toInstant(ZoneOffset.UTC),
                plan.version() == null ? 0 : plan.version(),
                queries.points(plan.id()),
                periods.ensureYear(user, plan.year()).stream()
                        .map(ReportingPeriodView::of)
                        .toList(),
                history);
    }
}
