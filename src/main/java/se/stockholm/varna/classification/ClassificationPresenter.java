package se.stockholm.varna.classification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.stockholm.varna.inventory.InformationAssetService;
import se.stockholm.varna.inventory.InformationAssetView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageRequest;

/** Builds the models of the classification pages from the services; decides which actions to offer. */
@Singleton
class ClassificationPresenter {

    private final ClassificationService reads;
    private final TemplateQueries templates;
    private final InformationAssetService assets;
    private final RequirementQueries requirements;

    ClassificationPresenter(
            ClassificationService reads,
            TemplateQueries templates,
            InformationAssetService assets,
            RequirementQueries requirements) {
        this.reads = reads;
        this.templates = templates;
        this.assets = assets;
        this.requirements = requirements;
    }

    @Transactional(readOnly = true)
    Map<String, Long> counts(CurrentUser user) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("FOR_BESLUT", "UTKAST", "FORFALLNA", "BESLUTAD")) {
            boolean overdue = "FORFALLNA".equals(status);
            counts.put(
                    status,
                    reads.list(
                                    user,
                                    new ClassificationService.ListFilter(overdue ? null : status, overdue, null),
                                    new PageRequest(0, 1))
                            .total());
        }
        return counts;
    }

    Map<Integer, String> handlingLabels(CurrentUser user) {
        return reads.scale(user).handlingLabels().stream()
                .collect(Collectors.toMap(ScaleView.HandlingLabel::kLevel, ScaleView.HandlingLabel::name));
    }

    @Transactional(readOnly = true)
    Map<String, Object> panel(CurrentUser user, long assetId) {
        InformationAssetView asset = assets.get(user, assetId);
        List<ClassificationView> versions = reads.versions(user, assetId);
        Map<String, Object> model = new HashMap<>();
        model.put("asset", asset);
        model.put("versions", versions);
        model.put(
                "current",
                versions.stream()
                        .filter(c -> ClassificationView.DECIDED.equals(c.status()))
                        .findFirst()
                        .orElse(null));
        ClassificationView open = versions.stream()
                .filter(ClassificationView::editable)
                .findFirst()
                .orElse(null);
        model.put("open", open);
        model.put("mayStart", user.hasRole(Roles.INFORMATIONSAGARE) && open == null && "AKTIV".equals(asset.status()));
        model.put("templates", templates.all(true));
        model.put("labels", handlingLabels(user));
        model.put("scale", reads.scale(user));
        model.put("today", reads.today());
        return model;
    }

    @Transactional(readOnly = true)
    Map<String, Object> detail(CurrentUser user, long id, FormSubmission.Errors errors, Map<String, String> form) {
        ClassificationView c = reads.get(user, id);
        QuestionCatalogueView catalogue = reads.catalogue(user, c.catalogueId());
        ScaleView scale = reads.scale(user);
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("scale", scale);
        model.put("answered", answered(catalogue, c));
        model.put("levelByAspect", c.levels().stream().collect(Collectors.toMap(AspectLevel::aspect, l -> l)));
        ScaleView.HandlingLabel label = scale.handlingLabel(Math.min(c.level("K"), 4));
        model.put("label", label);
        model.put(
                "openData",
                label.openDataPossible()
                        && "INGA"
                                .equals(assets.get(user, c.informationAssetId()).personalData()));
        model.put("versions", reads.versions(user, c.informationAssetId()));
        boolean owner = user.hasRole(Roles.INFORMATIONSAGARE) && c.editable();
        model.put("mayEdit", owner);
        model.put("maySubmit", owner && ClassificationView.DRAFT.equals(c.status()));
        model.put("mayDecide", owner);
        model.put(
                "maySendBack",
                user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE))
                        && ClassificationView.FOR_DECISION.equals(c.status()));
        model.put("needsAnalysis", c.levels().stream().anyMatch(l -> l.level() == 4));
        model.put("overdue", c.overdueOn(reads.today()));
        model.put("message", errors.message());
        model.put("errors", errors.fields());
        model.put("form", form);
        return model;
    }

    @Transactional(readOnly = true)
    Map<String, Object> decisionDocument(CurrentUser user, long id) {
        Map<String, Object> model = detail(user, id, FormSubmission.Errors.NONE, Map.of());
        ClassificationView c = (ClassificationView) model.get("c");
        model.put("asset", assets.get(user, c.informationAssetId()));
        ScaleView scale = (ScaleView) model.get("scale");
        Map<String, Integer> levels =
                c.levels().stream().collect(Collectors.toMap(AspectLevel::aspect, AspectLevel::level));
        model.put(
                "requirements",
                requirements
                        .published()
                        .map(r -> ActionPlanRules.applicable(r.requirements(), levels, scale::inCatalogue))
                        .orElse(List.of()));
        return model;
    }

    /** Per aspect, the catalogue's questions with the chosen option (or null when unanswered). */
    static Map<String, List<AnsweredQuestion>> answered(QuestionCatalogueView catalogue, ClassificationView c) {
        Map<String, List<AnsweredQuestion>> byAspect = new LinkedHashMap<>();
        for (QuestionCatalogueView.Question q : catalogue.questions()) {
            QuestionCatalogueView.Option chosen = c.answers().stream()
                    .filter(a -> a.questionId() == q.id())
                    .findFirst()
                    .flatMap(a -> q.option(a.optionId()))
                    .orElse(null);
            byAspect.computeIfAbsent(q.aspect(), k -> new java.util.ArrayList<>())
                    .add(new AnsweredQuestion(q, chosen));
        }
        return byAspect;
    }

    /** A question and the option chosen for it, if any. */
    record AnsweredQuestion(QuestionCatalogueView.Question question, QuestionCatalogueView.Option chosen) {}
}
