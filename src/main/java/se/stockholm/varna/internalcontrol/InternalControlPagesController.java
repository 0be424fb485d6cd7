package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.FormSubmission;

/** The internkontroll pages: the year's overview with what is due, one plan, and the year's periods. */
@Controller("/internkontroll")
@AnyPersonRole
class InternalControlPagesController {

    private final ControlPlanPresenter presenter;
    private final ControlPlanActions actions;
    private final ControlPlanChangeService changes;
    private final ReportingPeriodService periods;
    private final CurrentUsers users;

    InternalControlPagesController(
            ControlPlanPresenter presenter,
            ControlPlanActions actions,
            ControlPlanChangeService changes,
            ReportingPeriodService periods,
            CurrentUsers users) {
        this.presenter = presenter;
        this.actions = actions;
        this.changes = changes;
        this.periods = periods;
        this.users = users;
    }

    @Get
    @View("internalcontrol/overview")
    Map<String, Object> overview(@Nullable @QueryValue Integer ar, @Nullable @QueryValue Long organisation) {
        return presenter.overview(users.current(), ar, organisation, FormSubmission.Errors.NONE, Map.of());
    }

    @Post(value = "/planer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> f) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> {
                    Long unit = f.getOrDefault("orgUnitId", "").isBlank()
                            ? null
                            : ControlPlanForms.number(f.get("orgUnitId"), "orgUnitId");
                    ControlPlanView plan = changes.create(
                            user, unit, ControlPlanForms.year(f.get("year")), "true".equals(f.get("prefill")));
                    return URI.create("/internkontroll/planer/" + plan.id());
                },
                errors -> new ModelAndView<>(
                        "internalcontrol/overview",
                        presenter.overview(user, ControlPlanForms.yearOrNull(f.get("year")), null, errors, f)));
    }

    @Get("/planer/{id}")
    @View("internalcontrol/plan")
    Map<String, Object> plan(@PathVariable long id) {
        return presenter.plan(users.current(), id, null, FormSubmission.Errors.NONE, Map.of());
    }

    @Post(value = "/planer/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> f) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> {
                    actions.perform(user, id, action, f);
                    return URI.create("/internkontroll/planer/" + id);
                },
                errors -> new ModelAndView<>("internalcontrol/plan", presenter.plan(user, id, action, errors, f)));
    }

    @Get("/perioder")
    @View("internalcontrol/periods")
    Map<String, Object> periods(@Nullable @QueryValue Integer ar) {
        return presenter.periods(users.current(), ar, FormSubmission.Errors.NONE, Map.of());
    }

    @Post(value = "/perioder/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> period(@PathVariable String action, @Body Map<String, String> f) {
        CurrentUser user = users.current();
        Integer year = ControlPlanForms.yearOrNull(f.get("year"));
        return FormSubmission.submit(
                () -> {
                    switch (action) {
                        case "stang" ->
                            periods.close(
                                    user,
                                    ControlPlanForms.number(f.get("periodId"), "periodId"),
                                    ControlPlanForms.version(f));
                        case "oppna" ->
                            periods.reopen(
                                    user,
                                    ControlPlanForms.number(f.get("periodId"), "periodId"),
                                    f.get("reason"),
                                    ControlPlanForms.version(f));
                        case "installningar" ->
                            periods.configure(user, year == null ? 0 : year, ControlPlanForms.periodCodes(f));
                        default -> throw se.stockholm.varna.shared.Problems.notFound("Sidan");
                    }
                    return URI.create("/internkontroll/perioder" + (year == null ? "" : "?ar=" + year));
                },
                errors -> {
                    Map<String, Object> model = new HashMap<>(presenter.periods(user, year, errors, f));
                    model.put("failedAction", action);
                    return new ModelAndView<>("internalcontrol/periods", model);
                });
    }
}
