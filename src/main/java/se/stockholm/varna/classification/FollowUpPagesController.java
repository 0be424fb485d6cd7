package se.stockholm.varna.classification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.Problems;

/**
 * Follow-up of classification across organisations: handlingsplan fulfilment per ansvarig
 * organisation, the classification counts, and each organisation's review cadence.
 */
@Controller("/klassning")
@AnyPersonRole
class FollowUpPagesController {

    private static final List<String> CADENCE_SETTERS =
            List.of(Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE);

    private final FulfilmentService fulfilment;
    private final ReviewCadenceService cadences;
    private final ClassificationPresenter presenter;
    private final CurrentUsers users;

    FollowUpPagesController(
            FulfilmentService fulfilment,
            ReviewCadenceService cadences,
            ClassificationPresenter presenter,
            CurrentUsers users) {
        this.fulfilment = fulfilment;
        this.cadences = cadences;
        this.presenter = presenter;
        this.users = users;
    }

    @Get("/uppfoljning")
    @View("classification/follow-up")
    Map<String, Object> followUp() {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>();
        model.put("report", fulfilment.report(user, null));
        model.put("counts", presenter.counts(user));
        return model;
    }

    /** The review cadence panel of an organisation unit's page, loaded by htmx. */
    @Get("/organisation/{id}/omprovning")
    @View("classification/cadence")
    Map<String, Object> cadence(@PathVariable long id) {
        return cadenceModel(users.current(), id, FormSubmission.Errors.NONE, "");
    }

    @Post(value = "/organisation/{id}/omprovning", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setCadence(@PathVariable long id, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        String months = form.getOrDefault("months", "").strip();
        return FormSubmission.submit(
                () -> {
                    cadences.set(user, id, parse(months));
                    return URI.create("/organisation/" + id);
                },
                errors -> new ModelAndView<>("classification/cadence-page", cadenceModel(user, id, errors, months)));
    }

    private Map<String, Object> cadenceModel(CurrentUser user, long id, FormSubmission.Errors errors, String months) {
        Map<String, Object> model = new HashMap<>();
        model.put("cadence", cadences.get(user, id));
        model.put("maySet", user.hasAnyRole(CADENCE_SETTERS));
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        model.put("months", months);
        return model;
    }

    private static Integer parse(String months) {
        try {
            return months.isEmpty() ? null : Integer.valueOf(months);
        } catch (NumberFormatException e) {
            throw Problems.invalidField("months", "Ange antal månader som ett heltal, 1–60.");
        }
    }
}
