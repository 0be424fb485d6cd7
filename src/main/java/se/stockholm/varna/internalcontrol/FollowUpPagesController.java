package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.risk.RiskActionService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.ProblemException;

/**
 * The follow-up form of a plan's period: every kontrollmoment on one page, each row saved on its own
 * (with htmx the row is swapped in place; without it the page is posted and shown again), evidence
 * files, and corrective åtgärder of rows with an avvikelse.
 */
@Controller("/internkontroll")
@AnyPersonRole
class FollowUpPagesController {

    private final FollowUpService followUps;
    private final EvidenceService evidence;
    private final FollowUpActionService correctiveActions;
    private final CurrentUsers users;

    FollowUpPagesController(
            FollowUpService followUps,
            EvidenceService evidence,
            FollowUpActionService correctiveActions,
            CurrentUsers users) {
        this.followUps = followUps;
        this.evidence = evidence;
        this.correctiveActions = correctiveActions;
        this.users = users;
    }

    @Get("/planer/{id}/uppfoljning/{period}")
    @View("internalcontrol/followup")
    Map<String, Object> sheet(@PathVariable long id, @PathVariable String period) {
        return model(users.current(), id, period, null, FormSubmission.Errors.NONE, Map.of());
    }

    @Post(value = "/planer/{id}/uppfoljning/{period}/{pointId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(
            HttpRequest<?> request,
            @PathVariable long id,
            @PathVariable String period,
            @PathVariable long pointId,
            @Body Map<String, String> f) {
        CurrentUser user = users.current();
        boolean htmx = request.getHeaders().contains("HX-Request");
        Long version =
                f.getOrDefault("version", "").isBlank() ? null : ControlPlanForms.number(f.get("version"), "version");
        FollowUpInput in = new FollowUpInput(f.get("result"), f.get("comment"), f.get("evidenceUrl"));
        if (!htmx) {
            return FormSubmission.submit(
                    () -> {
                        followUps.record(user, pointId, period, in, version);
                        return URI.create(
                                "/internkontroll/planer/" + id + "/uppfoljning/" + period + "#rad-" + pointId);
                    },
                    errors -> new ModelAndView<>(
                            "internalcontrol/followup", model(user, id, period, pointId, errors, f)));
        }
        try {
            followUps.record(user, pointId, period, in, version);
            return HttpResponse.ok(new ModelAndView<>(
                    "internalcontrol/followup-row",
                    row(user, id, period, pointId, FormSubmission.Errors.NONE, Map.of(), true)));
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return HttpResponse.status(e.status())
                    .body(new ModelAndView<>(
                            "internalcontrol/followup-row", row(user, id, period, pointId, errorsOf(e), f, false)));
        }
    }

    @Post(value = "/uppfoljningar/{followUpId}/underlag", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@PathVariable long followUpId, @Part("file") @Nullable CompletedFileUpload file) {
        CurrentUser user = users.current();
        FollowUpService.Place at = followUps.place(user, followUpId);
        return FormSubmission.submit(
                () -> {
                    if (file == null
                            || file.getFilename() == null
                            || file.getFilename().isBlank()) {
                        throw se.stockholm.varna.shared.Problems.invalidField("file", "Välj en fil att ladda upp.");
                    }
                    evidence.upload(user, followUpId, file.getFilename(), bytes(file));
                    return URI.create("/internkontroll/planer/" + at.planId() + "/uppfoljning/" + at.periodCode()
                            + "#rad-" + at.controlPointId());
                },
                errors -> new ModelAndView<>(
                        "internalcontrol/followup",
                        model(user, at.planId(), at.periodCode(), at.controlPointId(), errors, Map.of())));
    }

    @Get("/uppfoljningar/{followUpId}/underlag/{evidenceId}")
    StreamedFile download(@PathVariable long followUpId, @PathVariable long evidenceId) {
        EvidenceFile file = evidence.download(users.current(), followUpId, evidenceId);
        return new EvidenceDownload(file);
    }

    @Post(value = "/uppfoljningar/{followUpId}/atgard", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> plan(@PathVariable long followUpId, @Body Map<String, String> f) {
        CurrentUser user = users.current();
        FollowUpService.Place at = followUps.place(user, followUpId);
        String back = "/internkontroll/planer/" + at.planId() + "/uppfoljning/" + at.periodCode();
        return FormSubmission.submit(
                () -> {
                    Long risk = f.getOrDefault("riskId", "").isBlank()
                            ? null
                            : ControlPlanForms.number(f.get("riskId"), "riskId");
                    correctiveActions.plan(
                            user,
                            followUpId,
                            risk,
                            new RiskActionService.ActionInput(
                                    f.get("title"),
                                    null,
                                    f.get("responsible"),
                                    ControlPlanForms.date(f.get("dueOn"), "dueOn"),
                                    null,
                                    null));
                    return URI.create(back + "#rad-" + at.controlPointId());
                },
                errors -> new ModelAndView<>(
                        "internalcontrol/followup",
                        model(user, at.planId(), at.periodCode(), at.controlPointId(), errors, withAction(f))));
    }

    private Map<String, Object> model(
            CurrentUser user,
            long planId,
            String period,
            @Nullable Long failedPoint,
            FormSubmission.Errors errors,
            Map<String, String> values) {
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", followUps.sheet(user, planId, period));
        model.put("failedPoint", failedPoint);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        model.put("values", values);
        model.put("mayRecord", user.hasAnyRole(InternalControlRoles.FOLLOW_UP_RECORDERS));
        model.put("maxMegabytes", evidence.maxBytes() / (1024 * 1024));
        return model;
    }

    private Map<String, Object> row(
            CurrentUser user,
            long planId,
            String period,
            long pointId,
            FormSubmission.Errors errors,
            Map<String, String> values,
            boolean saved) {
        Map<String, Object> model = model(
                user,
                planId,
                period,
                errors.fields().isEmpty() && errors.message() == null ? null : pointId,
                errors,
                values);
        FollowUpSheet sheet = (FollowUpSheet) model.get("sheet");
        model.put(
                "row",
                sheet.rows().stream()
                        .filter(r -> r.point().id() == pointId)
                        .findFirst()
                        .orElseThrow());
        model.put("saved", saved);
        return model;
    }

    private static FormSubmission.Errors errorsOf(ProblemException e) {
        Map<String, String> fields = new HashMap<>();
        e.fieldProblems().forEach(p -> fields.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        return new FormSubmission.Errors(e.getMessage(), fields);
    }

    private static Map<String, String> withAction(Map<String, String> f) {
        Map<String, String> values = new HashMap<>(f);
        values.put("form", "atgard");
        return values;
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
