package se.stockholm.varna.classification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.stockholm.varna.api.ClassificationApi;
import se.stockholm.varna.api.model.Classification;
import se.stockholm.varna.api.model.ClassificationAnswer;
import se.stockholm.varna.api.model.ClassificationComment;
import se.stockholm.varna.api.model.ClassificationDiffAnswersInner;
import se.stockholm.varna.api.model.ClassificationDiffLevelsInner;
import se.stockholm.varna.api.model.ClassificationPage;
import se.stockholm.varna.api.model.ClassificationScale;
import se.stockholm.varna.api.model.ClassificationScaleAspectsInner;
import se.stockholm.varna.api.model.ClassificationScaleHandlingLabelsInner;
import se.stockholm.varna.api.model.ClassificationScaleLevelsInner;
import se.stockholm.varna.api.model.ClassificationSendBack;
import se.stockholm.varna.api.model.ClassificationStart;
import se.stockholm.varna.api.model.ClassificationUpdate;
import se.stockholm.varna.api.model.QuestionCatalogue;
import se.stockholm.varna.api.model.QuestionCatalogueQuestionsInner;
import se.stockholm.varna.api.model.QuestionCatalogueQuestionsInnerOptionsInner;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The classification endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class ClassificationApiController implements ClassificationApi {

    private final ClassificationService reads;
    private final ClassificationChangeService changes;
    private final CurrentUsers users;

    ClassificationApiController(ClassificationService reads, ClassificationChangeService changes, CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.users = users;
    }

    @Override
    public ClassificationScale getClassificationScale() {
        ScaleView s = reads.scale(users.current());
        return new ClassificationScale(
                s.aspects().stream()
                        .map(a -> new ClassificationScaleAspectsInner(
                                a.code(),
                                a.name(),
                                a.description(),
                                a.levelTexts().entrySet().stream()
                                        .collect(Collectors.toMap(
                                                e -> String.valueOf(e.getKey()), Map.Entry::getValue))))
                        .toList(),
                s.levels().stream()
                        .map(l -> new ClassificationScaleLevelsInner(l.level(), l.name(), l.inCatalogue()))
                        .toList(),
                s.handlingLabels().stream()
                        .map(h -> new ClassificationScaleHandlingLabelsInner(
                                h.kLevel(), h.code(), h.name(), h.rule(), h.openDataPossible()))
                        .toList());
    }

    @Override
    public List<QuestionCatalogue> listQuestionCatalogues() {
        return reads.catalogues(users.current()).stream()
                .map(ClassificationApiController::toApi)
                .toList();
    }

    @Override
    public QuestionCatalogue getQuestionCatalogue(Long id) {
        return toApi(reads.catalogue(users.current(), id));
    }

    @Override
    public List<Classification> listAssetClassifications(Long id) {
        var user = users.current();
        Map<Integer, String> labels = labels(user);
        return reads.versions(user, id).stream()
                .map(c -> toApi(c, labels, reads.today()))
                .toList();
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public HttpResponse<Classification> startClassification(Long id, ClassificationStart body) {
        var user = users.current();
        ClassificationView created = changes.start(user, id, body == null ? null : body.getTemplateId());
        return HttpResponse.created(toApi(created, labels(user), reads.today()))
                .header("Location", "/api/v1/classifications/" + created.id());
    }

    @Override
    public ClassificationPage listClassifications(
            String status, Boolean overdue, Long assetId, Integer page, Integer size) {
        var user = users.current();
        var result = reads.list(
                user,
                new ClassificationService.ListFilter(status, Boolean.TRUE.equals(overdue), assetId),
                PageRequest.of(page, size, 50));
        Map<Integer, String> labels = labels(user);
        return new ClassificationPage(
                result.items().stream()
                        .map(c -> toApi(c, labels, reads.today()))
                        .toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    public Classification getClassification(Long id) {
        var user = users.current();
        return toApi(reads.get(user, id), labels(user), reads.today());
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public Classification updateClassification(Long id, ClassificationUpdate body) {
        var user = users.current();
        var in = new ClassificationInput(
                body.getAnswers().stream()
                        .map(a -> new ClassificationInput.Answer(a.getQuestionId(), a.getOptionId()))
                        .toList(),
                body.getLevels() == null
                        ? List.of()
                        : body.getLevels().stream()
                                .map(l -> new ClassificationInput.LevelChoice(
                                        l.getAspect(), l.getLevel(), l.getMotivation()))
                                .toList(),
                body.getSeparateAnalysis());
        return toApi(changes.save(user, id, in, body.getVersion()), labels(user), reads.today());
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public Classification submitClassification(Long id, VersionOnly body) {
        var user = users.current();
        return toApi(changes.submit(user, id, body.getVersion()), labels(user), reads.today());
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE})
    public Classification sendBackClassification(Long id, ClassificationSendBack body) {
        var user = users.current();
        return toApi(changes.sendBack(user, id, body.getComment(), body.getVersion()), labels(user), reads.today());
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public Classification decideClassification(Long id, VersionOnly body) {
        var user = users.current();
        return toApi(changes.decide(user, id, body.getVersion()), labels(user), reads.today());
    }

    @Override
    public se.stockholm.varna.api.model.ClassificationDiff diffClassifications(Long id, Long other) {
        ClassificationDiff d = reads.diff(users.current(), id, other);
        return new se.stockholm.varna.api.model.ClassificationDiff(
                d.fromId(),
                d.fromSequenceNo(),
                d.toId(),
                d.toSequenceNo(),
                d.levels().stream()
                        .map(l -> new ClassificationDiffLevelsInner(l.aspect(), l.fromLevel(), l.toLevel())
                                .fromMotivation(l.fromMotivation())
                                .toMotivation(l.toMotivation()))
                        .toList(),
                d.answers().stream()
                        .map(a -> new ClassificationDiffAnswersInner(a.questionCode(), a.question())
                                .from(a.from())
                                .to(a.to()))
                        .toList());
    }

    private Map<Integer, String> labels(se.stockholm.varna.security.CurrentUser user) {
        return reads.scale(user).handlingLabels().stream()
                .collect(Collectors.toMap(ScaleView.HandlingLabel::kLevel, ScaleView.HandlingLabel::name));
    }

    private static QuestionCatalogue toApi(QuestionCatalogueView c) {
        return new QuestionCatalogue(
                        c.id(),
                        c.versionNo(),
                        c.title(),
                        c.status(),
                        c.questions().stream()
                                .map(q -> new QuestionCatalogueQuestionsInner(
                                                q.id(),
                                                q.code(),
                                                q.aspect(),
                                                q.text(),
                                                q.options().stream()
                                                        .map(o -> new QuestionCatalogueQuestionsInnerOptionsInner(
                                                                o.id(), o.code(), o.text(), o.proposedLevel()))
                                                        .toList())
                                        .help(q.help()))
                                .toList())
                .description(c.description())
                .publishedAt(time(c.publishedAt()));
    }

    private static Classification toApi(ClassificationView c, Map<Integer, String> labels, LocalDate today) {
        return new Classification(
                        c.id(),
                        c.informationAssetId(),
                        c.assetName(),
                        c.sequenceNo(),
                        c.status(),
                        c.catalogueId(),
                        c.catalogueVersion(),
                        c.answers().stream()
                                .map(a -> new ClassificationAnswer(a.questionId(), a.optionId()))
                                .toList(),
                        c.levels().stream()
                                .map(l -> new se.stockholm.varna.api.model.AspectLevel(
                                                l.aspect(), l.proposedLevel(), l.level())
                                        .motivation(l.motivation()))
                                .toList(),
                        labels.getOrDefault(c.level("K"), ""),
                        c.createdBy(),
                        time(c.createdAt()),
                        c.overdueOn(today),
                        c.comments().stream()
                                .map(m -> new ClassificationComment(
                                                m.kind(), m.author(), m.authorRole(), time(m.writtenAt()), m.text())
                                        .authorName(m.authorName()))
                                .toList(),
                        c.version())
                .responsibleOrgName(c.responsibleOrgName())
                .templateId(c.templateId())
                .templateName(c.templateName())
                .separateAnalysis(c.separateAnalysis())
                .submittedBy(c.submittedBy())
                .submittedAt(time(c.submittedAt()))
                .decidedBy(c.decidedBy())
                .decidedByName(c.decidedByName())
                .decidedRole(c.decidedRole())
                .decidedAt(time(c.decidedAt()))
                .nextReviewOn(c.nextReviewOn());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
