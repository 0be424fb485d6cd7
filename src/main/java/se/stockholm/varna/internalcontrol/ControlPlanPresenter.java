package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.risk.RiskFilter;
import se.stockholm.varna.risk.RiskService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;

/** The models of the internkontroll pages. */
@Singleton
class ControlPlanPresenter {

    private final ControlPlanService plans;
    private final FollowUpService followUps;
    private final ReportingPeriodService periods;
    private final RiskService risks;
    private final OrgUnitService orgUnits;

    ControlPlanPresenter(
            ControlPlanService plans,
            FollowUpService followUps,
            ReportingPeriodService periods,
            RiskService risks,
            OrgUnitService orgUnits) {
        this.plans = plans;
        this.followUps = followUps;
        this.periods = periods;
        this.risks = risks;
        this.orgUnits = orgUnits;
    }

    Map<String, Object> overview(
            CurrentUser user,
            @Nullable Integer year,
            @Nullable Long organisation,
            FormSubmission.Errors errors,
            Map<String, String> values) {
        int shown = year == null ? periods.today().getYear() : year;
        Map<String, Object> model = base(user, errors, values);
        model.put("year", shown);
        model.put("years", periods.years(user));
        model.put("organisation", organisation);
        model.put("units", orgUnits.choices(user));
        model.put("plans", plans.list(user, shown, organisation, new PageRequest(0, PageRequest.MAX_SIZE)));
        model.put("missing", followUps.missing(user, shown, organisation));
        model.put("plannable", plans.plannable(user));
        model.put("today", periods.today());
        return model;
    }

    Map<String, Object> plan(
            CurrentUser user,
            long id,
            @Nullable String failedAction,
            FormSubmission.Errors errors,
            Map<String, String> values) {
        ControlPlanView plan = plans.get(user, id);
        Map<String, Object> model = base(user, errors, values);
        model.put("plan", plan);
        model.put("failedAction", failedAction);
        boolean newFailed = "kontrollmoment".equals(failedAction);
        model.put("newPoint", newFailed ? values : Map.of());
        model.put(
                "newPointPeriods",
                newFailed
                        ? ControlPlanForms.periodCodes(values)
                        : plan.periods().stream().map(ReportingPeriodView::code).toList());
        model.put("frequencies", plans.frequencies());
        boolean owner = user.hasAnyRole(InternalControlRoles.PLAN_OWNERS);
        model.put("mayEdit", owner && plan.editable());
        model.put("mayRevise", owner && !plan.editable());
        model.put(
                "riskChoices",
                owner && plan.editable()
                        ? risks.list(
                                        user,
                                        new RiskFilter(
                                                null, plan.orgUnitId(), null, null, null, false, null, null, null),
                                        new PageRequest(0, PageRequest.MAX_SIZE))
                                .items()
                        : List.of());
        model.put("today", periods.today());
        return model;
    }

    Map<String, Object> periods(
            CurrentUser user, @Nullable Integer year, FormSubmission.Errors errors, Map<String, String> values) {
        int shown = year == null || year < ReportingPeriodService.FIRST_YEAR || year > ReportingPeriodService.LAST_YEAR
                ? periods.today().getYear()
                : year;
        Map<String, Object> model = base(user, errors, values);
        model.put("year", shown);
        model.put("years", periods.years(user));
        List<ReportingPeriodView> ofYear = periods.ofYear(user, shown);
        model.put("periods", ofYear);
        model.put("periodCodes", ofYear.stream().map(ReportingPeriodView::code).toList());
        model.put("mayConfigure", user.hasAnyRole(InternalControlRoles.PERIOD_CONFIGURERS));
        model.put("mayClose", user.hasAnyRole(InternalControlRoles.PERIOD_CLOSERS));
        model.put("defaultCodes", List.of("T1", "T2", "VB"));
        return model;
    }

    private static Map<String, Object> base(
            CurrentUser user, FormSubmission.Errors errors, Map<String, String> values) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        model.put("values", values);
        model.put("mayPlan", user.hasAnyRole(InternalControlRoles.PLAN_OWNERS));
        model.put("mayRecord", user.hasAnyRole(InternalControlRoles.FOLLOW_UP_RECORDERS));
        model.put("isCentral", user.hasRole(Roles.CENTRAL_SAMORDNARE));
        return model;
    }
}
