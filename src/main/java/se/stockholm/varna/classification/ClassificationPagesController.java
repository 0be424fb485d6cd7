package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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

/**
 * The classification pages: the work list, an informationsmängd's classification panel, one
 * classification with its actions (send for decision, decide, send back) and the decision document.
 * The step-by-step answering is {@link ClassificationWizardPagesController}.
 */
@Controller("/klassning")
@AnyPersonRole
class ClassificationPagesController {

    private static final int PAGE_SIZE = 25;

    private final ClassificationService reads;
    private final ClassificationChangeService changes;
    private final ClassificationPresenter presenter;
    private final DecisionPdf pdf;
    private final CurrentUsers users;

    ClassificationPagesController(
            ClassificationService reads,
            ClassificationChangeService changes,
            ClassificationPresenter presenter,
            DecisionPdf pdf,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.presenter = presenter;
        this.pdf = pdf;
        this.users = users;
    }

    @Get
    @View("classification/worklist")
    Map<String, Object> worklist(@Nullable @QueryValue String visa, @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        String show = visa == null ? "FOR_BESLUT" : visa;
        boolean overdue = "FORFALLNA".equals(show);
        var filter = new ClassificationService.ListFilter(overdue ? null : show, overdue, null);
        Map<String, Object> model = new HashMap<>();
        model.put("visa", show);
        model.put("result", reads.list(user, filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("counts", presenter.counts(user));
        model.put("labels", presenter.handlingLabels(user));
        model.put("today", reads.today());
        return model;
    }

    /** The classification panel of an informationsmängd's page, loaded by htmx. */
    @Get("/informationsmangd/{assetId}")
    @View("classification/panel")
    Map<String, Object> panel(@PathVariable long assetId) {
        return presenter.panel(users.current(), assetId);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.INFORMATIONSAGARE)
    HttpResponse<?> start(@Body Map<String, String> form) {
        long assetId = number(form.get("assetId"), "assetId");
        String template = form.getOrDefault("templateId", "");
        Long templateId = template.isBlank() ? null : number(template, "templateId");
        ClassificationView created = changes.start(users.current(), assetId, templateId);
        return HttpResponse.seeOther(URI.create("/klassning/" + created.id() + "/steg/K"));
    }

    @Get("/{id}")
    @View("classification/classification")
    Map<String, Object> detail(@PathVariable long id) {
        return presenter.detail(users.current(), id, FormSubmission.Errors.NONE, Map.of());
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> form) {
        CurrentUser user = users.current();
        long version = number(form.get("version"), "version");
        return FormSubmission.submit(
                () -> {
                    switch (action) {
                        case "skicka" -> changes.submit(user, id, version);
                        case "besluta" -> changes.decide(user, id, version);
                        case "returnera" -> changes.sendBack(user, id, form.get("comment"), version);
                        case "separat-analys" ->
                            changes.saveSeparateAnalysis(user, id, form.get("separateAnalysis"), version);
                        default -> throw Problems.notFound("Sidan");
                    }
                    return URI.create("/klassning/" + id);
                },
                errors ->
                        new ModelAndView<>("classification/classification", presenter.detail(user, id, errors, form)));
    }

    @Get("/{id}/jamfor")
    @View("classification/diff")
    Map<String, Object> compare(@PathVariable long id, @QueryValue long med) {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>();
        model.put("diff", reads.diff(user, id, med));
        model.put("from", reads.get(user, id));
        return model;
    }

    @Get("/{id}/beslutsdokument")
    @View("classification/decision")
    Map<String, Object> decisionDocument(@PathVariable long id) {
        return presenter.decisionDocument(users.current(), id);
    }

    @Get(value = "/{id}/beslutsdokument.pdf", produces = "application/pdf")
    HttpResponse<byte[]> decisionPdf(@PathVariable long id, HttpRequest<?> request) {
        byte[] pdf = this.pdf.render(presenter.decisionDocument(users.current(), id), request);
        return HttpResponse.ok(pdf)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"klassningsbeslut-" + id + ".pdf\"");
    }

    static long number(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "Ogiltigt värde.");
        }
    }
}
