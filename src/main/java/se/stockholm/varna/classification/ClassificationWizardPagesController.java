package se.stockholm.varna.classification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;

/** The classification wizard: one aspect per step, K → R → T → S, then the summary page. */
@Controller("/klassning/{id}/steg")
@Secured(Roles.INFORMATIONSAGARE)
class ClassificationWizardPagesController {

    private final ClassificationChangeService changes;
    private final WizardStepPresenter presenter;
    private final CurrentUsers users;

    ClassificationWizardPagesController(
            ClassificationChangeService changes, WizardStepPresenter presenter, CurrentUsers users) {
        this.changes = changes;
        this.presenter = presenter;
        this.users = users;
    }

    @Get("/{aspect}")
    ModelAndView<Map<String, Object>> step(@PathVariable long id, @PathVariable String aspect) {
        return new ModelAndView<>(
                "classification/step", presenter.step(users.current(), id, aspect, null, FormSubmission.Errors.NONE));
    }

    @Post(value = "/{aspect}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable long id, @PathVariable String aspect, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        WizardStepForm step = WizardStepForm.of(form);
        return FormSubmission.submit(
                () -> {
                    var saved = changes.save(user, id, presenter.input(user, id, aspect, step), step.version());
                    String next = "tillbaka".equals(form.get("riktning"))
                            ? presenter.previous(user, aspect)
                            : presenter.next(user, aspect);
                    return URI.create(
                            next == null ? "/klassning/" + saved.id() : "/klassning/" + saved.id() + "/steg/" + next);
                },
                errors -> new ModelAndView<>("classification/step", presenter.step(user, id, aspect, step, errors)));
    }
}
