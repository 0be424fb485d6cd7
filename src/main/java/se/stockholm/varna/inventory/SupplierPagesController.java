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

/** The leverantörer pages: list with search and filters, detail with contracts, the form, retiring. */
@Controller("/leverantorer")
@AnyPersonRole
class SupplierPagesController {

    private static final int PAGE_SIZE = 25;

    private final SupplierService service;
    private final ContractCalendar calendar;
    private final AssetFormOptions options;
    private final CurrentUsers users;

    SupplierPagesController(
            SupplierService service, ContractCalendar calendar, AssetFormOptions options, CurrentUsers users) {
        this.service = service;
        this.calendar = calendar;
        this.options = options;
        this.users = users;
    }

    @Get
    @View("inventory/suppliers")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Boolean utanPubAvtal,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        boolean withoutDpa = Boolean.TRUE.equals(utanPubAvtal);
        String text = AssetRules.strip(q);
        String wanted = AssetRules.strip(status);
        Map<String, Object> model = new HashMap<>();
        model.put(
                "result",
                service.list(user, text, null, withoutDpa, wanted, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", text == null ? "" : text);
        model.put("utanPubAvtal", withoutDpa);
        model.put("status", wanted == null ? "" : wanted);
        model.put("mayEdit", user.hasRole(Roles.SYSTEMAGARE));
        return model;
    }

    @Get("/{id}")
    @View("inventory/supplier")
    Map<String, Object> detail(@PathVariable long id) {
        CurrentUser user = users.current();
        SupplierView supplier = service.get(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("supplier", supplier);
        model.put("contracts", calendar.rows(supplier.contracts()));
        model.put("warningDays", ContractCalendar.WARNING_DAYS);
        model.put(
                "mayChange",
                user.hasRole(Roles.SYSTEMAGARE) && InformationAssetEntity.ACTIVE.equals(supplier.status()));
        return model;
    }

    @Get("/ny")
    @Secured(Roles.SYSTEMAGARE)
    ModelAndView<Map<String, Object>> newForm() {
        return form(users.current(), SupplierForm.of(Map.of()), null, FormSubmission.Errors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> create(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        SupplierForm form = SupplierForm.of(raw);
        return FormSubmission.submit(
                () -> URI.create("/leverantorer/"
                        + service.register(user, form.toInput()).id()),
                errors -> form(user, form, null, errors.renamed(SupplierForm::fieldOf)));
    }

    @Get("/{id}/andra")
    @Secured(Roles.SYSTEMAGARE)
    ModelAndView<Map<String, Object>> editForm(@PathVariable long id) {
        CurrentUser user = users.current();
        return form(user, SupplierForm.of(service.get(user, id)), id, FormSubmission.Errors.NONE);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> update(@PathVariable long id, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        SupplierForm form = SupplierForm.of(raw);
        return FormSubmission.submit(
                () -> {
                    service.change(user, id, form.toInput(), form.version());
                    return URI.create("/leverantorer/" + id);
                },
                errors -> form(user, form, id, errors.renamed(SupplierForm::fieldOf)));
    }

    /** A conflict (stale version, already retired) is answered by the error page with its message. */
    @Post(value = "/{id}/avveckla", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> retire(@PathVariable long id, @Body Map<String, String> raw) {
        service.retire(users.current(), id, SupplierForm.of(raw).version());
        return HttpResponse.seeOther(URI.create("/leverantorer/" + id));
    }

    private ModelAndView<Map<String, Object>> form(
            CurrentUser user, SupplierForm form, Long id, FormSubmission.Errors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("units", options.forUser(user).get("units"));
        model.put("form", form.values());
        model.put("contracts", form.rowsToShow());
        model.put("supplierId", id);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        return new ModelAndView<>("inventory/supplier-form", model);
    }

    /** Field → message, in the order the service found them (the order of the form). */
}
