package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/** Where a draft starts from, how its answers and levels are checked and stored. */
@Singleton
class ClassificationDrafts {

    private final ClassificationRepository rows;
    private final ClassificationQueries queries;
    private final CatalogueQueries catalogues;
    private final TemplateQueries templates;
    private final ScaleQueries scales;

    ClassificationDrafts(
            ClassificationRepository rows,
            ClassificationQueries queries,
            CatalogueQueries catalogues,
            TemplateQueries templates,
            ScaleQueries scales) {
        this.rows = rows;
        this.queries = queries;
        this.catalogues = catalogues;
        this.templates = templates;
        this.scales = scales;
    }

    /** The catalogue, answers and levels a new draft starts with. */
    record Start(
            QuestionCatalogueView catalogue,
            List<ClassificationInput.Answer> answers,
            List<AspectLevel> levels,
            String separateAnalysis) {}

    Start startingPoint(CurrentUser user, long assetId, @Nullable Long templateId) {
        QuestionCatalogueView catalogue = catalogues
                .publishedId()
                .flatMap(catalogues::byId)
                .orElseThrow(() -> Problems.conflict("Det finns ingen publicerad frågekatalog."));
        if (templateId != null) {
            TemplateView template = templates
                    .byId(templateId)
                    .filter(t -> TemplateView.PUBLISHED.equals(t.status()))
                    .orElseThrow(() -> Problems.invalidField("templateId", "Välj en publicerad klassningsmall."));
            QuestionCatalogueView source =
                    catalogues.byId(template.catalogueId()).orElseThrow();
            return from(catalogue, catalogue.carryOver(template.answers(), source), template.levels(), null);
        }
        var previous = queries.page(
                new ClassificationQueries.Filter(ClassificationView.DECIDED, false, assetId, java.time.LocalDate.MIN),
                se.stockholm.varna.organisation.Scope.everything(),
                new se.stockholm.varna.shared.PageRequest(0, 1));
        if (previous.isEmpty()) {
            return new Start(catalogue, List.of(), proposals(catalogue, List.of()), null);
        }
        ClassificationView last = previous.getFirst();
        QuestionCatalogueView source = catalogues.byId(last.catalogueId()).orElseThrow();
        return from(catalogue, catalogue.carryOver(last.answers(), source), last.levels(), last.separateAnalysis());
    }

    /** Keeps an earlier level only where it still differs from the new proposal and was motivated. */
    private Start from(
            QuestionCatalogueView catalogue,
            List<ClassificationInput.Answer> answers,
            List<AspectLevel> earlier,
            String analysis) {
        List<AspectLevel> levels = new ArrayList<>();
        for (AspectLevel p : proposals(catalogue, answers)) {
            AspectLevel e = earlier.stream()
                    .filter(l -> l.aspect().equals(p.aspect()))
                    .findFirst()
                    .orElse(p);
            boolean keep = e.motivation() != null && !e.motivation().isBlank();
            levels.add(new AspectLevel(
                    p.aspect(), p.proposedLevel(), keep ? e.level() : p.proposedLevel(), keep ? e.motivation() : null));
        }
        return new Start(catalogue, answers, levels, analysis);
    }

    private List<AspectLevel> proposals(QuestionCatalogueView catalogue, List<ClassificationInput.Answer> answers) {
        return scales.scale().aspectCodes().stream()
                .map(a -> {
                    int p = LevelRules.proposed(catalogue, a, answers);
                    return new AspectLevel(a, p, p, null);
                })
                .toList();
    }

    /** The levels to store for the draft's new answers, or a 400 with the field problems. */
    List<AspectLevel> checked(ClassificationView draft, ClassificationInput in) {
        QuestionCatalogueView catalogue = catalogues.byId(draft.catalogueId()).orElseThrow();
        Map<String, Integer> templateLevels = draft.templateId() == null
                ? Map.of()
                : templates
                        .byId(draft.templateId())
                        .map(TemplateView::levelByAspect)
                        .orElse(Map.of());
        var outcome = LevelRules.check(scales.scale().aspectCodes(), catalogue, in, templateLevels);
        if (in.separateAnalysis() != null && in.separateAnalysis().length() > 20000) {
            outcome.problems()
                    .add(new se.stockholm.varna.shared.FieldProblem(
                            "separateAnalysis", "Den separata analysen får vara högst 20000 tecken."));
        }
        if (!outcome.problems().isEmpty()) {
            throw Problems.validation(outcome.problems());
        }
        return outcome.levels();
    }

    void requireComplete(ClassificationView draft) {
        QuestionCatalogueView catalogue = catalogues.byId(draft.catalogueId()).orElseThrow();
        var problems = LevelRules.completeness(catalogue, draft.answers(), draft.levels(), draft.separateAnalysis());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
    }

    void store(long id, List<ClassificationInput.Answer> answers, List<AspectLevel> levels) {
        rows.clearAnswers(id);
        answers.forEach(a -> rows.addAnswer(id, a.questionId(), a.optionId()));
        rows.clearLevels(id);
        levels.forEach(l -> rows.addLevel(id, l.aspect(), l.proposedLevel(), l.level(), l.motivation()));
    }
}
