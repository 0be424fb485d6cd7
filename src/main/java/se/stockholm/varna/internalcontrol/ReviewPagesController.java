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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;

/** The granskningar pages: the list with search and filters, the review form, one review with its findings. */
@Controller("/granskningar")
@AnyPersonRole
class ReviewPagesController {

    private static final int PAGE_SIZE = 25;

    private final ReviewService reads;
    private final ReviewChangeService changes;
    private final ReviewPageActions actions;
    private final ReviewPresenter presenter;
    private final OrgUnitService orgUnits;
    private final CurrentUsers users;

    ReviewPagesController(
            ReviewService reads,
            ReviewChangeService changes,
            ReviewPageActions actions,
            ReviewPresenter presenter,
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
    @View("internalcontrol/reviews")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String typ,
            @Nullable @QueryValue Long organisation,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        String text = ReviewRules.strip(q);
        String wanted = ReviewRules.strip(status);
        String kind = ReviewRules.strip(typ);
        Map<String, Object> model = new HashMap<>();
        model.put(
                "result",
                reads.list(
                        user,
                        new ReviewFilter(text, organisation, wanted, kind),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", text == null ? "" : text);
        model.put("status", wanted == null ? "" : wanted);
        model.put("typ", kind == null ? "" : kind);
        model.put("organisation", organisation);
        model.put("units", orgUnits.choices(user));
        model.put("statuses", ReviewRules.STATUSES);
        model.put("mayCreate", ReviewService.mayCreate(user));
        return model;
    }

    @Get("/ny")
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    ModelAndView<Map<String, Object>> newForm() {
        CurrentUser user = users.current();
        Map<String, String> defaults = Map.of("kind", ReviewView.INTERNAL, "status", ReviewView.PLANNED);
        return new ModelAndView<>(
                "internalcontrol/review-form", presenter.form(user, null, defaults, FormSubmission.Errors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    HttpResponse<?> create(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> URI.create("/granskningar/"
                        + changes.create(user, ReviewForms.review(raw)).id()),
                errors -> new ModelAndView<>("internalcontrol/review-form", presenter.form(user, null, raw, errors)));
    }

    @Get("/{id}")
    @View("internalcontrol/review")
    Map<String, Object> detail(@PathVariable long id) {
        return presenter.detail(users.current(), id, null, FormSubmission.Errors.NONE, Map.of());
    }

    @Get("/{id}/andra")
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    ModelAndView<Map<String, Object>> editForm(@PathVariable long id) {
        CurrentUser user = users.current();
        ReviewDetail detail = reads.detail(user, id);
        if (!detail.mayManage()) {
            throw Problems.forbidden("Granskningen gäller en organisation utanför din behörighet att granska.");
        }
        return new ModelAndView<>(
                "internalcontrol/review-form",
                presenter.form(user, detail.review(), ReviewForms.values(detail.review()), FormSubmission.Errors.NONE));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    HttpResponse<?> update(@PathVariable long id, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> {
                    changes.change(user, id, ReviewForms.review(raw), ReviewForms.version(raw));
                    return URI.create("/granskningar/" + id);
                },
                errors -> new ModelAndView<>(
                        "internalcontrol/review-form", presenter.form(user, reads.get(user, id), raw, errors)));
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> URI.create("/granskningar/" + id + "#iakttagelse-" + actions.perform(user, id, action, raw)),
                errors -> new ModelAndView<>(
                        "internalcontrol/review",
                        presenter.detail(user, id, ReviewPageActions.formKey(action, raw), errors, raw)));
    }
}
