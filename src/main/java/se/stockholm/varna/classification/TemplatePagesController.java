package se.stockholm.varna.classification;

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
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.Problems;

/** The klassningsmall pages: list with search, one template, withdrawing, and the calibration view. */
@Controller("/klassning")
@AnyPersonRole
class TemplatePagesController {

    private final TemplateService templates;
    private final TemplateChangeService changes;
    private final CalibrationService calibration;
    private final TemplatePresenter presenter;
    private final CurrentUsers users;

    TemplatePagesController(
            TemplateService templates,
            TemplateChangeService changes,
            CalibrationService calibration,
            TemplatePresenter presenter,
            CurrentUsers users) {
        this.templates = templates;
        this.changes = changes;
        this.calibration = calibration;
        this.presenter = presenter;
        this.users = users;
    }

    @Get("/mallar")
    @View("classification/templates")
    Map<String, Object> list(@Nullable @QueryValue String q) {
        CurrentUser user = users.current();
        String text = q == null ? "" : q.strip();
        Map<String, Object> model = new HashMap<>();
        model.put("templates", templates.list(user, text, null));
        model.put("q", text);
        model.put("aspects", presenter.aspectNames(user));
        model.put("mayPublish", user.hasRole(Roles.CENTRAL_SAMORDNARE));
        model.put("mayCalibrate", CalibrationService.mayRead(user));
        return model;
    }

    @Get("/mallar/{id}")
    @View("classification/template")
    Map<String, Object> detail(@PathVariable long id) {
        CurrentUser user = users.current();
        TemplateView template = templates.get(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("template", template);
        model.put("blocks", presenter.detail(user, template));
        model.put("levelNames", presenter.levelNames(user));
        model.put("mayWithdraw", user.hasRole(Roles.CENTRAL_SAMORDNARE) && template.published());
        return model;
    }

    /** A conflict (stale version, already withdrawn) is answered by the error page with its message. */
    @Post(value = "/mallar/{id}/dra-tillbaka", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.CENTRAL_SAMORDNARE)
    HttpResponse<?> withdraw(@PathVariable long id, @Body Map<String, String> raw) {
        long version;
        try {
            version = Long.parseLong(raw.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
        changes.withdraw(users.current(), id, version);
        return HttpResponse.seeOther(URI.create("/klassning/mallar/" + id));
    }

    @Get("/kalibrering")
    @View("classification/calibration")
    @Secured({Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.GRANSKARE})
    Map<String, Object> calibration() {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>();
        model.put("calibrations", calibration.calibration(user));
        model.put("aspects", presenter.aspectNames(user));
        model.put("levelNames", presenter.levelNames(user));
        return model;
    }
}
