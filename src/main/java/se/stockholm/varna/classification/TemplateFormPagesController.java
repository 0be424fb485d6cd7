package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ProblemException;

/**
 * The form with which central-samordnare publishes a klassningsmall: empty, or filled from a decided
 * classification found by the name of its informationsmängd.
 */
@Controller("/klassning/mallar")
@Secured(Roles.CENTRAL_SAMORDNARE)
class TemplateFormPagesController {

    private final TemplateService templates;
    private final TemplateChangeService changes;
    private final TemplatePresenter presenter;
    private final CurrentUsers users;

    TemplateFormPagesController(
            TemplateService templates, TemplateChangeService changes, TemplatePresenter presenter, CurrentUsers users) {
        this.templates = templates;
        this.changes = changes;
        this.presenter = presenter;
        this.users = users;
    }

    @Get("/ny")
    ModelAndView<Map<String, Object>> newForm(
            @Nullable @QueryValue String sok, @Nullable @QueryValue Long franKlassning) {
        CurrentUser user = users.current();
        TemplateForm form = TemplateForm.of(Map.of());
        ClassificationView source = null;
        if (franKlassning != null) {
            source = templates.decidedSource(user, franKlassning);
            form = TemplateForm.prefilled(source.answers(), source.levels());
        }
        Map<String, Object> model = form(user, form, Map.of(), null);
        model.put("sok", sok == null ? "" : sok.strip());
        model.put("sources", templates.sources(user, sok));
        model.put("source", source);
        return new ModelAndView<>("classification/template-form", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        TemplateForm form = TemplateForm.of(raw);
        QuestionCatalogueView catalogue = templates.publishedCatalogue(user);
        try {
            TemplateView created = changes.publish(
                    user,
                    form.toInput(
                            catalogue,
                            presenter.aspectNames(user).keySet().stream().toList()));
            return HttpResponse.seeOther(URI.create("/klassning/mallar/" + created.id()));
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Map<String, Object> model = form(user, form, errors(e, form, catalogue), e.getMessage());
            model.put("sok", "");
            model.put("sources", List.of());
            return HttpResponse.status(e.status()).body(new ModelAndView<>("classification/template-form", model));
        }
    }

    /** Field → message in the order of the form: name, description, the questions, then the levels. */
    private static Map<String, String> errors(ProblemException e, TemplateForm form, QuestionCatalogueView catalogue) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.fieldProblems()
                .forEach(p -> byField.merge(TemplateForm.fieldOf(p.field()), p.message(), (a, b) -> a + " " + b));
        Map<String, String> errors = new LinkedHashMap<>();
        for (String first : List.of("name", "description", "answers")) {
            if (byField.containsKey(first)) {
                errors.put(first, byField.remove(first));
            }
        }
        if (errors.containsKey("answers")) {
            errors.putAll(form.unanswered(catalogue));
        }
        errors.putAll(byField);
        return errors;
    }

    private Map<String, Object> form(CurrentUser user, TemplateForm form, Map<String, String> errors, String message) {
        QuestionCatalogueView catalogue = templates.publishedCatalogue(user);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("catalogue", catalogue);
        model.put("blocks", presenter.form(user, catalogue, form));
        model.put("levelNames", presenter.levelNames(user));
        model.put("errors", errors);
        model.put("message", message);
        return model;
    }
}
