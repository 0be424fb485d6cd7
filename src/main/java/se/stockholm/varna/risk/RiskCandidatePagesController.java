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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.inventory.ItServiceService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;

/**
 * The risk candidates inbox ("Riskkandidater"): status tabs with counts, each candidate with its
 * cause, and for those who may triage a dismiss form and an accept form per new candidate. Forms
 * post and redirect back to the tab; a refused form re-renders the page with the reason beside it.
 */
@Controller("/risker/kandidater")
@AnyPersonRole
class RiskCandidatePagesController {

    static final int PAGE_SIZE = 25;
    static final List<String> TABS = List.of(
            RiskCandidateView.NEW,
            RiskCandidateView.RISK,
            RiskCandidateView.DISMISSED,
            RiskCandidateView.OUTDATED,
            RiskCandidateFilter.ALL);
    static final List<String> CONTEXTS = List.of("LINJEVERKSAMHET", "LEVERANTOR");
    /** The fields of the accept form; other field errors (the it-tjänst, the unit) are shown under it. */
    static final List<String> ACCEPT_FIELDS = List.of("title", "ownerUsername", "context");

    private final RiskCandidateService candidates;
    private final ItServiceService services;
    private final CurrentUsers users;

    RiskCandidatePagesController(RiskCandidateService candidates, ItServiceService services, CurrentUsers users) {
        this.candidates = candidates;
        this.services = services;
        this.users = users;
    }

    /** A refused form ("avfarda-12", "godta-12"): its field errors, the message and what was typed. */
    record Refusal(String form, Map<String, String> errors, String message, Map<String, String> values) {

        static final Refusal NONE = new Refusal("", Map.of(), "", Map.of());

        /** The messages of fields the form has no place for (e.g. an it-tjänst no longer active). */
        public List<String> otherErrors(List<String> shown) {
            return errors.entrySet().stream()
                    .filter(e -> !shown.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        /** The typed value of a field of this form, or the fallback when another form (or none) was refused. */
        public String value(String candidateForm, String field, @Nullable String fallback) {
            return form.equals(candidateForm) ? values.getOrDefault(field, "") : fallback == null ? "" : fallback;
        }
    }

    /** What the page reports after a successful triage: "avfardad", or "risk" with the new risk's id. */
    record Done(String what, @Nullable Long riskId) {

        static final Done NOTHING = new Done("", null);
    }

    @Get
    ModelAndView<Map<String, Object>> inbox(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue String klart,
            @Nullable @QueryValue Long risk) {
        Done done = "avfardad".equals(klart) || ("risk".equals(klart) && risk != null)
                ? new Done(klart, risk)
                : Done.NOTHING;
        return page(users.current(), tab(status), page, Refusal.NONE, done);
    }

    @Post(value = "/{id}/avfarda", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE})
    HttpResponse<?> dismiss(@PathVariable long id, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        String tab = tab(form.get("tab"));
        return FormSubmission.submit(
                () -> {
                    candidates.dismiss(user, id, form.get("motivation"), number(form.get("version")));
                    return URI.create("/risker/kandidater?status=" + tab + "&klart=avfardad");
                },
                errors -> page(user, tab, pageOf(form), refusal("avfarda-" + id, errors, form), Done.NOTHING));
    }

    @Post(value = "/{id}/godta", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE})
    HttpResponse<?> accept(@PathVariable long id, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        String tab = tab(form.get("tab"));
        var in = new RiskCandidateService.Acceptance(
                form.get("ownerUsername"), form.get("context"), form.get("title"), number(form.get("version")));
        return FormSubmission.submit(
                () -> {
                    RiskCandidateView accepted = candidates.accept(user, id, in);
                    return URI.create("/risker/kandidater?status=" + tab + "&klart=risk&risk=" + accepted.riskId());
                },
                errors -> page(user, tab, pageOf(form), refusal("godta-" + id, errors, form), Done.NOTHING));
    }

    private ModelAndView<Map<String, Object>> page(
            CurrentUser user, String tab, @Nullable Integer page, Refusal refusal, Done done) {
        Map<String, Object> model = new HashMap<>();
        model.put(
                "result",
                candidates.list(user, new RiskCandidateFilter(tab, null), PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        Map<String, Long> counts = new LinkedHashMap<>(candidates.counts(user, null));
        counts.put(
                RiskCandidateFilter.ALL,
                counts.values().stream().mapToLong(Long::longValue).sum());
        model.put("counts", counts);
        model.put("tabs", TABS);
        model.put("tab", tab);
        model.put("mayTriage", RiskCandidateService.mayTriage(user));
        model.put("contexts", CONTEXTS);
        model.put("acceptFields", ACCEPT_FIELDS);
        model.put("defaultOwner", user.hasRole(Roles.INFORMATIONSAGARE) ? user.username() : "");
        Map<String, String> hostingNames = new HashMap<>();
        services.hostingKinds(user, false).forEach(h -> hostingNames.put(h.code(), h.name()));
        model.put("hostingNames", hostingNames);
        model.put("refusal", refusal);
        model.put("done", done);
        return new ModelAndView<>("risk/candidates", model);
    }

    private static Refusal refusal(String form, FormSubmission.Errors errors, Map<String, String> values) {
        return new Refusal(form, errors.fields(), errors.message() == null ? "" : errors.message(), values);
    }

    /** A known tab, NY otherwise: the tab goes back into a redirect, so nothing else may. */
    static String tab(@Nullable String status) {
        return status != null && TABS.contains(status) ? status : RiskCandidateView.NEW;
    }

    /** The page the form was on, so that a refused form is shown where it was filled in. */
    @Nullable
    static Integer pageOf(Map<String, String> form) {
        Long page = number(form.get("page"));
        return page == null || page < 0 || page > Integer.MAX_VALUE ? null : page.intValue();
    }

    /** The version from the form, or null when missing or not a number (the service then answers 409). */
    @Nullable
    static Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
