package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import se.stockholm.varna.inventory.ItServiceService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.ProblemException;

/**
 * The handlingsplan page of an it-tjänst (skyddsnivåer, hanteringsregler, driftbeslut, krav with
 * self-assessment) and the upphandlingskrav as a printable page and CSV. Forms post and redirect;
 * a refused form re-renders the page with the reason next to the form.
 */
@Controller("/it-tjanster")
@AnyPersonRole
class ActionPlanPagesController {

    private final ActionPlanService plans;
    private final ProtectionLevelService levels;
    private final HostingDecisionService hosting;
    private final ClassificationService classifications;
    private final ItServiceService services;
    private final CurrentUsers users;

    ActionPlanPagesController(
            ActionPlanService plans,
            ProtectionLevelService levels,
            HostingDecisionService hosting,
            ClassificationService classifications,
            ItServiceService services,
            CurrentUsers users) {
        this.plans = plans;
        this.levels = levels;
        this.hosting = hosting;
        this.classifications = classifications;
        this.services = services;
        this.users = users;
    }

    /** A refused form: which one, its field errors, the message, and what was typed. */
    record Refusal(String form, Map<String, String> errors, String message, Map<String, String> values) {}

    @Get("/{id}/handlingsplan")
    ModelAndView<Map<String, Object>> page(@PathVariable long id, @Nullable @QueryValue String sparat) {
        return page(users.current(), id, sparat, null);
    }

    @Post(value = "/{id}/handlingsplan/skyddsniva", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> level(@PathVariable long id, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        String aspect = form.getOrDefault("aspect", "");
        return submit(user, id, "niva", form, "niva-" + aspect, "skyddsnivaer", () -> {
            if ("ta-bort".equals(form.get("action"))) {
                levels.removeOverride(user, id, aspect);
            } else {
                levels.override(user, id, aspect, number(form.get("level")), form.get("motivation"));
            }
        });
    }

    @Post(value = "/{id}/handlingsplan/krav", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> assess(@PathVariable long id, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        String code = form.getOrDefault("code", "");
        Integer version = number(form.get("version"));
        var in = new ActionPlanService.AssessmentInput(
                blankToNull(form.get("status")), form.get("comment"), version == null ? null : version.longValue());
        return submit(
                user, id, "krav-" + code, form, "krav-" + code, "krav-" + code, () -> plans.assess(user, id, code, in));
    }

    @Post(value = "/{id}/handlingsplan/beslut", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.INFORMATIONSAGARE)
    HttpResponse<?> decide(@PathVariable long id, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        String text = form.get("text");
        var in = new HostingDecisionService.Decision(blankToNull(form.get("outcome")), text, text);
        return submit(user, id, "beslut", form, "beslut", "driftbeslut", () -> hosting.decide(user, id, in));
    }

    @Get("/{id}/upphandlingskrav")
    ModelAndView<Map<String, Object>> procurement(@PathVariable long id) {
        CurrentUser user = users.current();
        return new ModelAndView<>(
                "classification/procurement",
                Map.of("export", plans.procurement(user, id), "today", classifications.today()));
    }

    @Get(value = "/{id}/upphandlingskrav.csv", produces = "text/csv")
    HttpResponse<String> csv(@PathVariable long id) {
        ProcurementRequirements export = plans.procurement(users.current(), id);
        return HttpResponse.ok(export.csv())
                .contentType(ProcurementRequirements.CONTENT_TYPE)
                .header("Content-Disposition", export.contentDisposition());
    }

    /** Runs a change; on success redirects to the page (with what was saved), else re-renders it. */
    private HttpResponse<?> submit(
            CurrentUser user,
            long id,
            String form,
            Map<String, String> values,
            String saved,
            String anchor,
            Runnable change) {
        try {
            change.run();
            return HttpResponse.seeOther(
                    URI.create("/it-tjanster/" + id + "/handlingsplan?sparat=" + saved + "#" + anchor));
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Map<String, String> errors = e.fieldProblems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a + " " + b));
            return HttpResponse.status(e.status())
                    .body(page(user, id, null, new Refusal(form, errors, e.getMessage(), values)));
        }
    }

    private ModelAndView<Map<String, Object>> page(
            CurrentUser user, long id, @Nullable String saved, @Nullable Refusal refusal) {
        ActionPlanView plan = plans.plan(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("scale", classifications.scale(user));
        model.put("service", services.get(user, id));
        Map<String, String> hostingNames = new HashMap<>();
        services.hostingKinds(user, false).forEach(h -> hostingNames.put(h.code(), h.name()));
        model.put("hostingNames", hostingNames);
        model.put("mayAssess", user.hasRole(Roles.SYSTEMAGARE) && plan.active());
        model.put(
                "mayDecide",
                user.hasRole(Roles.INFORMATIONSAGARE)
                        && plan.active()
                        && (plan.hosting().cloud() || plan.hosting().thirdCountry()));
        model.put("statuses", ActionPlanView.STATUSES);
        model.put("saved", saved == null ? "" : saved);
        model.put("refusal", refusal == null ? new Refusal("", Map.of(), "", Map.of()) : refusal);
        return new ModelAndView<>("classification/action-plan", model);
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number from a form, or null when empty or not a number (the service then names the field). */
    @Nullable
    private static Integer number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
