package se.stockholm.varna.classification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.Problems;

/** The model of one wizard step, and the command a posted step becomes. */
@Singleton
class WizardStepPresenter {

    private final ClassificationService reads;

    WizardStepPresenter(ClassificationService reads) {
        this.reads = reads;
    }

    @Transactional(readOnly = true)
    Map<String, Object> step(
            CurrentUser user, long id, String aspect, WizardStepForm posted, FormSubmission.Errors errors) {
        ClassificationView c = reads.get(user, id);
        if (!c.editable()) {
            throw Problems.conflict("En beslutad klassning ändras aldrig. Starta en omklassning i stället.");
        }
        ScaleView scale = reads.scale(user);
        ScaleView.Aspect current = aspect(scale, aspect);
        QuestionCatalogueView catalogue = reads.catalogue(user, c.catalogueId());
        AspectLevel level = c.levels().stream()
                .filter(l -> l.aspect().equals(aspect))
                .findFirst()
                .orElse(new AspectLevel(aspect, 0, 0, null));
        Map<Long, Long> chosen = new HashMap<>();
        c.answers().forEach(a -> chosen.put(a.questionId(), a.optionId()));
        if (posted != null) {
            chosen.putAll(posted.answers());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("aspect", current);
        model.put("steps", scale.aspects());
        model.put("levels", scale.levels());
        model.put("questions", catalogue.questionsOf(aspect));
        model.put("chosen", chosen);
        model.put("level", level);
        model.put("reasons", reasons(catalogue, c, aspect, level.proposedLevel()));
        model.put(
                "formLevel",
                posted == null ? (level.deviates() ? String.valueOf(level.level()) : "") : text(posted.level()));
        model.put("formMotivation", posted == null ? nullToEmpty(level.motivation()) : posted.motivation());
        model.put("message", errors.message());
        model.put(
                "errors",
                errors.renamed(f -> f.startsWith("levels.") ? "level" : f).fields());
        model.put("previous", previous(user, aspect));
        return model;
    }

    /** The draft's answers with this step's replaced, and its level choices with this step's. */
    @Transactional(readOnly = true)
    ClassificationInput input(CurrentUser user, long id, String aspect, WizardStepForm form) {
        ClassificationView c = reads.get(user, id);
        QuestionCatalogueView catalogue = reads.catalogue(user, c.catalogueId());
        aspect(reads.scale(user), aspect);
        List<Long> stepQuestions = catalogue.questionsOf(aspect).stream()
                .map(QuestionCatalogueView.Question::id)
                .toList();
        List<ClassificationInput.Answer> answers = new ArrayList<>(c.answers().stream()
                .filter(a -> !stepQuestions.contains(a.questionId()))
                .toList());
        form.answers().forEach((q, o) -> answers.add(new ClassificationInput.Answer(q, o)));
        List<ClassificationInput.LevelChoice> levels = new ArrayList<>();
        for (AspectLevel l : c.levels()) {
            if (!l.aspect().equals(aspect)) {
                levels.add(new ClassificationInput.LevelChoice(l.aspect(), l.level(), l.motivation()));
            }
        }
        levels.add(new ClassificationInput.LevelChoice(aspect, form.level(), form.motivation()));
        return new ClassificationInput(answers, levels, c.separateAnalysis());
    }

    String next(CurrentUser user, String aspect) {
        List<String> codes = reads.scale(user).aspectCodes();
        int i = codes.indexOf(aspect);
        return i < 0 || i + 1 >= codes.size() ? null : codes.get(i + 1);
    }

    String previous(CurrentUser user, String aspect) {
        List<String> codes = reads.scale(user).aspectCodes();
        int i = codes.indexOf(aspect);
        return i <= 0 ? null : codes.get(i - 1);
    }

    /** The answers that set the proposal: those proposing its level, when above 0. */
    private static List<String> reasons(
            QuestionCatalogueView catalogue, ClassificationView c, String aspect, int proposal) {
        if (proposal == 0) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        for (QuestionCatalogueView.Question q : catalogue.questionsOf(aspect)) {
            c.answers().stream()
                    .filter(a -> a.questionId() == q.id())
                    .findFirst()
                    .flatMap(a -> q.option(a.optionId()))
                    .filter(o -> o.proposedLevel() == proposal)
                    .ifPresent(o -> reasons.add(q.text() + " – " + o.text()));
        }
        return reasons;
    }

    private static ScaleView.Aspect aspect(ScaleView scale, String code) {
        return scale.aspects().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Steget"));
    }

    private static String text(Integer level) {
        return level == null ? "" : String.valueOf(level);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
