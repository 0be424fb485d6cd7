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
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;

/** The undantag pages: the register with filters, a new or changed request, and one exemption with its forms. */
@Controller("/undantag")
@AnyPersonRole
class ExemptionPagesController {

    private static final int PAGE_SIZE = 25;

    private final ExemptionService reads;
    private final ExemptionChangeService changes;
    private final ExemptionActions actions;
    private final ExemptionPresenter presenter;
    private final OrgUnitService orgUnits;
    private final CurrentUsers users;

    ExemptionPagesController(
            ExemptionService reads,
            ExemptionChangeService changes,
            ExemptionActions actions,
            ExemptionPresenter presenter,
            OrgUnitService orgUnits,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.actions = actions;
        this.presenter = presenter;
        this.orgUnits = orgUnits;
        this.users = users;
    }

    @Get
    @View("internalcontrol/exemption-list")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Long organisation,
            @Nullable @QueryValue Boolean utgangna,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        String chosen = status == null || status.isBlank() ? null : status;
        boolean expired = Boolean.TRUE.equals(utgangna);
        Map<String, Object> model = new HashMap<>();
        model.put(
                "result",
                reads.list(
                        user,
                        new ExemptionFilter(q, organisation, chosen, expired),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", q == null ? "" : q.strip());
        model.put("status", chosen == null ? "" : chosen);
        model.put("organisation", organisation);
        model.put("utgangna", expired);
        model.put("statuses", ExemptionRules.STATUSES);
        model.put("units", orgUnits.choices(user));
        model.put("mayRequest", user.hasAnyRole(ExemptionService.REQUESTERS));
        return model;
    }

    @Get("/ny")
    ModelAndView<Map<String, Object>> newForm() {
        CurrentUser user = users.current();
        ExemptionService.requireRequester(user);
        return form(user, null, Map.of(), FormSubmission.Errors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> URI.create("/undantag/"
                        + changes.request(user, ExemptionActions.request(raw)).id()),
                errors -> form(user, null, raw, errors));
    }

    @Get("/{id}")
    @View("internalcontrol/exemption")
    Map<String, Object> detail(@PathVariable long id) {
        return presenter.detail(users.current(), id, null, FormSubmission.Errors.NONE, Map.of());
    }

    @Get("/{id}/andra")
    ModelAndView<Map<String, Object>> editForm(@PathVariable long id) {
        CurrentUser user = users.current();
        ExemptionService.requireRequester(user);
        ExemptionView e = reads.get(user, id);
        if (!ExemptionRules.editable(e.status())) {
            throw Problems.conflict(
                    "Bara ett utkast eller en ansökan som skickats tillbaka för komplettering kan ändras.");
        }
        return form(user, e, ExemptionActions.values(e), FormSubmission.Errors.NONE);
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> {
                    actions.perform(user, id, action, raw);
                    return URI.create("/undantag/" + id);
                },
                errors -> "andra".equals(action)
                        ? form(user, reads.get(user, id), raw, errors)
                        : new ModelAndView<>(
                                "internalcontrol/exemption", presenter.detail(user, id, action, errors, raw)));
    }

    private ModelAndView<Map<String, Object>> form(
            CurrentUser user,
            @Nullable ExemptionView existing,
            Map<String, String> values,
            FormSubmission.Errors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("exemption", existing);
        model.put("units", orgUnits.choices(user));
        model.put("values", values);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        model.put("maxYears", ExemptionRules.MAX_YEARS);
        return new ModelAndView<>("internalcontrol/exemption-form", model);
    }
}
