package se.stockholm.varna.classification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/**
 * The KLASSA rules on levels, free of storage: the proposal per aspect is the highest level any answer
 * of that aspect proposes; a chosen level that differs from the proposal, or from the adopted
 * template, needs a motivation; level 4 needs a separate analysis before the classification can be
 * sent for decision or decided.
 */
final class LevelRules {

    private LevelRules() {}

    /** The result of checking a draft: the levels to store, or the problems that stop it. */
    record Outcome(List<AspectLevel> levels, List<FieldProblem> problems) {}

    static int proposed(QuestionCatalogueView catalogue, String aspect, List<ClassificationInput.Answer> answers) {
        int max = 0;
        for (ClassificationInput.Answer a : answers) {
            Optional<QuestionCatalogueView.Question> q = catalogue.question(a.questionId());
            if (q.isPresent() && q.get().aspect().equals(aspect)) {
                max = Math.max(
                        max,
                        q.get()
                                .option(a.optionId())
                                .map(QuestionCatalogueView.Option::proposedLevel)
                                .orElse(0));
            }
        }
        return max;
    }

    static Outcome check(
            List<String> aspects,
            QuestionCatalogueView catalogue,
            ClassificationInput in,
            Map<String, Integer> templateLevels) {
        List<FieldProblem> problems = new ArrayList<>(answerProblems(catalogue, in.answers()));
        for (ClassificationInput.LevelChoice c : in.levels()) {
            if (c.aspect() == null || !aspects.contains(c.aspect())) {
                problems.add(new FieldProblem("levels", "Okänd aspekt: " + c.aspect() + "."));
            }
        }
        List<AspectLevel> levels = new ArrayList<>();
        for (String aspect : aspects) {
            int proposal = proposed(catalogue, aspect, in.answers());
            Optional<ClassificationInput.LevelChoice> choice =
                    in.levels().stream().filter(c -> aspect.equals(c.aspect())).findFirst();
            int level = choice.map(ClassificationInput.LevelChoice::level).orElse(null) == null
                    ? proposal
                    : choice.get().level();
            String motivation = choice.map(ClassificationInput.LevelChoice::motivation)
                    .map(String::strip)
                    .filter(m -> !m.isEmpty())
                    .orElse(null);
            String field = "levels." + aspect;
            if (level < 0 || level > 4) {
                problems.add(new FieldProblem(field, "Nivån ska vara 0–4."));
            } else if (motivation == null && level != proposal) {
                problems.add(new FieldProblem(
                        field + ".motivation",
                        "Motivera varför nivån för " + aspect + " är " + level + " när svaren föreslår " + proposal
                                + "."));
            } else if (motivation == null
                    && templateLevels.containsKey(aspect)
                    && templateLevels.get(aspect) != level) {
                problems.add(new FieldProblem(
                        field + ".motivation",
                        "Motivera avvikelsen från mallens nivå " + templateLevels.get(aspect) + " för " + aspect
                                + "."));
            } else if (motivation != null && motivation.length() > 2000) {
                problems.add(new FieldProblem(field + ".motivation", "Motiveringen får vara högst 2000 tecken."));
            }
            levels.add(new AspectLevel(aspect, proposal, level, motivation));
        }
        return new Outcome(levels, problems);
    }

    /** What must hold before a classification is sent for decision or decided. */
    static List<FieldProblem> completeness(
            QuestionCatalogueView catalogue,
            List<ClassificationInput.Answer> answers,
            List<AspectLevel> levels,
            String separateAnalysis) {
        List<FieldProblem> problems = new ArrayList<>();
        long unanswered = catalogue.questions().stream()
                .filter(q -> answers.stream().noneMatch(a -> a.questionId() == q.id()))
                .count();
        if (unanswered > 0) {
            problems.add(new FieldProblem("answers", "Besvara alla frågor först (" + unanswered + " obesvarade)."));
        }
        boolean level4 = levels.stream().anyMatch(l -> l.level() == 4);
        if (level4 && (separateAnalysis == null || separateAnalysis.isBlank())) {
            problems.add(new FieldProblem(
                    "separateAnalysis",
                    "Nivå 4 (synnerligen allvarlig skada) kräver en separat analys, t.ex. en"
                            + " säkerhetsskyddsanalys: beskriv den och var den finns."));
        }
        return problems;
    }

    private static List<FieldProblem> answerProblems(
            QuestionCatalogueView catalogue, List<ClassificationInput.Answer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            ClassificationInput.Answer a = answers.get(i);
            Optional<QuestionCatalogueView.Question> q = catalogue.question(a.questionId());
            if (q.isEmpty() || q.get().option(a.optionId()).isEmpty()) {
                problems.add(new FieldProblem(
                        "answers[" + i + "]", "Svaret hör inte till någon fråga i klassningens frågekatalog."));
            } else if (!seen.add(a.questionId())) {
                problems.add(new FieldProblem("answers[" + i + "]", "Frågan är besvarad mer än en gång."));
            }
        }
        return problems;
    }
}
