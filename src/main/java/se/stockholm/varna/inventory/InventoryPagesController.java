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

/** The informationsmängder pages: list with search and filters, detail, and the register/edit form. */
@Controller("/informationsmangder")
@AnyPersonRole
class InventoryPagesController {

    private static final int PAGE_SIZE = 25;

    private final InformationAssetService reads;
    private final InformationAssetChangeService changes;
    private final AssetFormOptions options;
    private final CurrentUsers users;

    InventoryPagesController(
            InformationAssetService reads,
            InformationAssetChangeService changes,
            AssetFormOptions options,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.options = options;
        this.users = users;
    }

    @Get
    @View("inventory/list")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String personalData,
            @Nullable @QueryValue Boolean utanAgare,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String agare,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        AssetFilter filter =
                new AssetFilter(q, null, null, personalData, agare, Boolean.TRUE.equals(utanAgare), status, null);
        Map<String, Object> model = new HashMap<>();
        model.put("result", reads.list(user, filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", filter.text() == null ? "" : filter.text());
        model.put("personalData", filter.personalData() == null ? "" : filter.personalData());
        model.put("utanAgare", filter.withoutOwner());
        model.put("status", filter.status() == null ? "" : filter.status());
        model.put("agare", filter.owner() == null ? "" : filter.owner());
        model.put("categories", reads.personalDataCategories(user, false));
        model.putAll(options.labels(user));
        model.put("mayEdit", user.hasRole(Roles.INFORMATIONSAGARE));
        return model;
    }

    @Get("/{id}")
    @View("inventory/detail")
    Map<String, Object> detail(@PathVariable long id) {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>(options.labels(user));
        model.put("asset", reads.get(user, id));
        model.put("mayEdit", user.hasRole(Roles.INFORMATIONSAGARE));
        return model;
    }

    @Get("/ny")
    @Secured(Roles.INFORMATIONSAGARE)
    ModelAndView<Map<String, Object>> newForm() {
        CurrentUser user = users.current();
        Map<String, String> values = new HashMap<>(AssetForm.of(Map.of()).values());
        values.put("ownerUsername", user.username());
        values.put("ownerName", user.displayName());
        values.put("personalData", "INGA");
        return form(user, new AssetForm(values), null, FormSubmission.Errors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.INFORMATIONSAGARE)
    HttpResponse<?> create(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        AssetForm form = AssetForm.of(raw);
        return FormSubmission.submit(
                () -> URI.create("/informationsmangder/"
                        + changes.register(user, form.toInput()).id()),
                errors -> form(user, form, null, errors));
    }

    @Get("/{id}/andra")
    @Secured(Roles.INFORMATIONSAGARE)
    ModelAndView<Map<String, Object>> editForm(@PathVariable long id) {
        CurrentUser user = users.current();
        return form(user, AssetForm.of(reads.get(user, id)), id, FormSubmission.Errors.NONE);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.INFORMATIONSAGARE)
    HttpResponse<?> update(@PathVariable long id, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        AssetForm form = AssetForm.of(raw);
        return FormSubmission.submit(
                () -> {
                    changes.change(user, id, form.toInput(), form.version());
                    return URI.create("/informationsmangder/" + id);
                },
                errors -> form(user, form, id, errors));
    }

    @Post(value = "/{id}/avveckla", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.INFORMATIONSAGARE)
    HttpResponse<?> retire(@PathVariable long id, @Body Map<String, String> raw) {
        changes.retire(users.current(), id, AssetForm.of(raw).version());
        return HttpResponse.seeOther(URI.create("/informationsmangder/" + id));
    }

    private ModelAndView<Map<String, Object>> form(
            CurrentUser user, AssetForm form, Long id, FormSubmission.Errors errors) {
        Map<String, Object> model = new HashMap<>(options.forUser(user));
        model.put("form", form.values());
        model.put("assetId", id);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        return new ModelAndView<>("inventory/form", model);
    }
}
