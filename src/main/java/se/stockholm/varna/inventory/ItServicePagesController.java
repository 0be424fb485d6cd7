package se.stockholm.varna.inventory;

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
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;

/** The it-tjänster pages: list (with the third-country/cloud view), detail, and linking informationsmängder. */
@Controller("/it-tjanster")
@AnyPersonRole
class ItServicePagesController {

    private static final int PAGE_SIZE = 25;

    private final ItServiceService reads;
    private final ItServiceChangeService changes;
    private final InformationAssetService assets;
    private final AssetFormOptions options;
    private final CurrentUsers users;

    ItServicePagesController(
            ItServiceService reads,
            ItServiceChangeService changes,
            InformationAssetService assets,
            AssetFormOptions options,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.assets = assets;
        this.options = options;
        this.users = users;
    }

    @Get("/ny")
    @Secured(Roles.SYSTEMAGARE)
    ModelAndView<Map<String, Object>> newForm() {
        CurrentUser user = users.current();
        Map<String, String> values = new HashMap<>(ServiceForm.of(Map.of()).values());
        values.put("ownerUsername", user.username());
        values.put("ownerName", user.displayName());
        values.put("hosting", "STADENS");
        return form(user, new ServiceForm(values), null, FormSubmission.Errors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> create(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        ServiceForm form = ServiceForm.of(raw);
        return FormSubmission.submit(
                () -> URI.create(
                        "/it-tjanster/" + changes.register(user, form.toInput()).id()),
                errors -> form(user, form, null, errors));
    }

    @Get("/{id}/andra")
    @Secured(Roles.SYSTEMAGARE)
    ModelAndView<Map<String, Object>> editForm(@PathVariable long id) {
        CurrentUser user = users.current();
        return form(user, ServiceForm.of(reads.get(user, id)), id, FormSubmission.Errors.NONE);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> update(@PathVariable long id, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        ServiceForm form = ServiceForm.of(raw);
        return FormSubmission.submit(
                () -> {
                    changes.change(user, id, form.toInput(), form.version());
                    return URI.create("/it-tjanster/" + id);
                },
                errors -> form(user, form, id, errors));
    }

    private ModelAndView<Map<String, Object>> form(
            CurrentUser user, ServiceForm form, Long id, FormSubmission.Errors errors) {
        Map<String, Object> model = new HashMap<>(options.forUser(user));
        model.put("hostingKinds", reads.hostingKinds(user, false));
        model.put("suppliers", changes.choosableSuppliers(user));
        model.put("userUnits", changes.choosableUsers());
        model.put("usedByIds", java.util.Set.of(form.values().get("usedBy").split(",")));
        model.put("form", form.values());
        model.put("serviceId", id);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        return new ModelAndView<>("inventory/service-form", model);
    }

    @Get
    @View("inventory/services")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Boolean tredjeland,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        boolean thirdCountry = Boolean.TRUE.equals(tredjeland);
        Map<String, Object> model = new HashMap<>();
        model.put(
                "result",
                reads.list(
                        user,
                        new ItServiceService.ServiceFilter(q, null, null, thirdCountry, null, null),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", q == null ? "" : q.strip());
        model.put("tredjeland", thirdCountry);
        model.put("hostingNames", hostingNames(user));
        model.put("mayEdit", user.hasRole(Roles.SYSTEMAGARE));
        return model;
    }

    @Get("/{id}")
    @View("inventory/service")
    Map<String, Object> detail(@PathVariable long id, @Nullable @QueryValue String sok) {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>();
        ItServiceView service = reads.get(user, id);
        model.put("service", service);
        model.put("hostingNames", hostingNames(user));
        boolean mayLink = user.hasRole(Roles.SYSTEMAGARE) && "AKTIV".equals(service.status());
        model.put("mayLink", mayLink);
        if (mayLink) {
            model.put("linkable", changes.linkableAssets(user, service, sok));
            model.put("sok", sok == null ? "" : sok.strip());
        }
        return model;
    }

    @Post(value = "/{id}/kopplingar", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> link(@PathVariable long id, @Body Map<String, String> form) {
        long assetId = parseId(form.get("informationAssetId"));
        changes.link(users.current(), id, assetId, !"ta-bort".equals(form.get("action")));
        return HttpResponse.seeOther(URI.create("/it-tjanster/" + id));
    }

    @Post(value = "/{id}/avveckla", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> retire(@PathVariable long id, @Body Map<String, String> raw) {
        changes.retire(users.current(), id, ServiceForm.of(raw).version());
        return HttpResponse.seeOther(URI.create("/it-tjanster/" + id));
    }

    private Map<String, String> hostingNames(CurrentUser user) {
        Map<String, String> names = new HashMap<>();
        reads.hostingKinds(user, false).forEach(h -> names.put(h.code(), h.name()));
        return names;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField("informationAssetId", "Välj en informationsmängd i listan.");
        }
    }
}
