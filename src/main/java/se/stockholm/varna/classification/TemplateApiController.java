package se.stockholm.varna.classification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import se.stockholm.varna.api.ClassificationTemplatesApi;
import se.stockholm.varna.api.model.AspectCalibration;
import se.stockholm.varna.api.model.CalibrationDeviation;
import se.stockholm.varna.api.model.ClassificationAnswer;
import se.stockholm.varna.api.model.ClassificationTemplate;
import se.stockholm.varna.api.model.ClassificationTemplateInput;
import se.stockholm.varna.api.model.LevelCount;
import se.stockholm.varna.api.model.TemplateCalibration;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;

/** The klassningsmall and calibration endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class TemplateApiController implements ClassificationTemplatesApi {

    private final TemplateService reads;
    private final TemplateChangeService changes;
    private final CalibrationService calibration;
    private final CurrentUsers users;

    TemplateApiController(
            TemplateService reads, TemplateChangeService changes, CalibrationService calibration, CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.calibration = calibration;
        this.users = users;
    }

    @Override
    public List<ClassificationTemplate> listClassificationTemplates(String q, String status) {
        return reads.list(users.current(), q, status).stream()
                .map(TemplateApiController::toApi)
                .toList();
    }

    @Override
    public ClassificationTemplate getClassificationTemplate(Long id) {
        return toApi(reads.get(users.current(), id));
    }

    @Override
    @Secured(Roles.CENTRAL_SAMORDNARE)
    public HttpResponse<ClassificationTemplate> publishClassificationTemplate(ClassificationTemplateInput body) {
        var in = new TemplateInput(
                body.getName(),
                body.getDescription(),
                body.getAnswers() == null
                        ? List.of()
                        : body.getAnswers().stream()
                                .map(a -> new ClassificationInput.Answer(a.getQuestionId(), a.getOptionId()))
                                .toList(),
                body.getLevels() == null
                        ? List.of()
                        : body.getLevels().stream()
                                .map(l -> new ClassificationInput.LevelChoice(
                                        l.getAspect(), l.getLevel(), l.getMotivation()))
                                .toList(),
                body.getFromClassificationId());
        TemplateView created = changes.publish(users.current(), in);
        return HttpResponse.created(toApi(created))
                .header("Location", "/api/v1/classification-templates/" + created.id());
    }

    @Override
    @Secured(Roles.CENTRAL_SAMORDNARE)
    public ClassificationTemplate withdrawClassificationTemplate(Long id, VersionOnly body) {
        return toApi(changes.withdraw(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured({Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.GRANSKARE})
    public List<TemplateCalibration> getTemplateCalibration() {
        return calibration.calibration(users.current()).stream()
                .map(TemplateApiController::toApi)
                .toList();
    }

    private static ClassificationTemplate toApi(TemplateView t) {
        return new ClassificationTemplate(
                        t.id(),
                        t.name(),
                        t.catalogueId(),
                        t.catalogueVersion(),
                        t.status(),
                        t.publishedBy(),
                        time(t.publishedAt()),
                        t.answers().stream()
                                .map(a -> new ClassificationAnswer(a.questionId(), a.optionId()))
                                .toList(),
                        t.levels().stream()
                                .map(l -> new se.stockholm.varna.api.model.AspectLevel(
                                                l.aspect(), l.proposedLevel(), l.level())
                                        .motivation(l.motivation()))
                                .toList(),
                        t.version())
                .description(t.description());
    }

    private static TemplateCalibration toApi(CalibrationView c) {
        return new TemplateCalibration(
                c.templateId(),
                c.templateName(),
                c.templateStatus(),
                c.adopters(),
                c.flagged(),
                c.aspects().stream()
                        .map(a -> new AspectCalibration(
                                a.aspect(),
                                a.templateLevel(),
                                a.flagged(),
                                a.counts().stream()
                                        .map(n -> new LevelCount(n.level(), n.count()))
                                        .toList(),
                                a.deviations().stream()
                                        .map(d -> new CalibrationDeviation(
                                                        d.classificationId(),
                                                        d.informationAssetId(),
                                                        d.assetName(),
                                                        d.responsibleOrgName(),
                                                        d.level())
                                                .motivation(d.motivation()))
                                        .toList()))
                        .toList());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
