package se.stockholm.varna.risk;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;

/** The risk register pages: the list with filters (and the heatmap's cell links), a new risk, one risk. */
@Controller("/risker")
@AnyPersonRole
class RiskPagesController {

    private static final int PAGE_SIZE = 25;

    private final RiskService reads;
    private final RiskChangeService changes;
    private final RiskActions actions;
    private final RiskPresenter presenter;
    private final RiskActionService riskActions;
    private final OrgUnitService orgUnits;
    private final CurrentUsers users;

    RiskPagesController(
            RiskService reads,
            RiskChangeService changes,
            RiskActions actions,
            RiskPresenter presenter,
            RiskActionService riskActions,
            OrgUnitService orgUnits,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.actions = actions;
        this.presenter = presenter;
        this.riskActions = riskActions;
        this.orgUnits = orgUnits;
        this.users = users;
    }

    @Get
    @View("risk/list")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String niva,
            @Nullable @QueryValue Long organisation,
            @Nullable @QueryValue String bedomning,
            @Nullable @QueryValue Integer sannolikhet,
            @Nullable @QueryValue Integer konsekvens,
            @Nullable @QueryValue Boolean vasentliga,
            @Nullable @QueryValue String agare,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        var filter = new RiskFilter(
                q,
                organisation,
                blank(status),
                blank(niva),
                blank(agare),
                Boolean.TRUE.equals(vasentliga),
                blank(bedomning),
                sannolikhet,
                konsekvens);
        Map<String, Object> model = new HashMap<>();
        model.put("result", reads.list(user, filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", q == null ? "" : q.strip());
        model.put("status", status == null ? "" : status);
        model.put("niva", niva == null ? "" : niva);
        model.put("organisation", organisation);
        model.put("cell", bedomning != null && sannolikhet != null && konsekvens != null);
        model.put("bedomning", bedomning);
        model.put("sannolikhet", sannolikhet);
        model.put("konsekvens", konsekvens);
        model.put("vasentliga", Boolean.TRUE.equals(vasentliga));
        model.put("agare", agare == null ? "" : agare.strip());
        model.put("units", orgUnits.choices(user));
        List<RiskMatrixView> matrices = reads.matrices(user);
        model.put(
                "bands",
                matrices.stream()
                        .filter(m -> "PUBLICERAD".equals(m.status()))
                        .findFirst()
                        .map(RiskMatrixView::bands)
                        .orElse(List.of()));
        Map<String, String> bandNames = new HashMap<>();
        matrices.forEach(m -> m.bands().forEach(b -> bandNames.putIfAbsent(b.code(), b.name())));
        model.put("bandNames", bandNames);
        model.put("overdueActions", riskActions.overdueCount(user));
        model.put("mayIdentify", user.hasAnyRole(RiskChangeService.IDENTIFIERS));
        return model;
    }

    @Get("/ny")
    ModelAndView<Map<String, Object>> newForm() {
        CurrentUser user = users.current();
        RiskChangeService.requireIdentifier(user);
        return form(user, Map.of("context", "LINJEVERKSAMHET"), FormSubmission.Errors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> URI.create("/risker/" + changes.identify(user, input(raw)).id()),
                errors -> form(user, raw, errors));
    }

    @Get("/{id}")
    @View("risk/risk")
    Map<String, Object> detail(@PathVariable long id) {
        return presenter.detail(users.current(), id, null, FormSubmission.Errors.NONE, Map.of());
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> raw) {
        CurrentUser user = users.current();
        return FormSubmission.submit(
                () -> {
                    actions.perform(user, id, action, raw);
                    return URI.create("/risker/" + id);
                },
                errors -> new ModelAndView<>("risk/risk", presenter.detail(user, id, action, errors, raw)));
    }

    private ModelAndView<Map<String, Object>> form(
            CurrentUser user, Map<String, String> values, FormSubmission.Errors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("units", orgUnits.choices(user));
        model.put("values", values);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        model.put("contexts", List.of("LINJEVERKSAMHET", "LEVERANTOR", "PROJEKT", "INFORANDE"));
        return new ModelAndView<>("risk/form", model);
    }

    private static RiskInput input(Map<String, String> raw) {
        Long unit;
        try {
            unit = raw.getOrDefault("orgUnitId", "").isBlank() ? null : Long.valueOf(raw.get("orgUnitId"));
        } catch (NumberFormatException e) {
            throw Problems.invalidField("orgUnitId", "Välj en enhet i listan.");
        }
        return new RiskInput(
                raw.get("title"),
                raw.get("description"),
                raw.get("threat"),
                raw.get("vulnerability"),
                unit,
                raw.get("ownerUsername"),
                raw.get("ownerName"),
                raw.get("context"),
                null,
                null,
                List.of(),
                List.of());
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "Ange datum som ÅÅÅÅ-MM-DD.");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
