package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.FieldProblem;

class LevelRulesTest {

    static final List<String> ASPECTS = List.of("K", "R", "T", "S");

    /** Two K questions and one T question; option ids encode question*10 + level. */
    static final QuestionCatalogueView CATALOGUE = new QuestionCatalogueView(
            1,
            1,
            "Test",
            null,
            "PUBLICERAD",
            null,
            List.of(
                    question(1, "K-A", "K", 0, 1, 2, 3),
                    question(2, "K-B", "K", 0, 2, 4),
                    question(3, "T-A", "T", 0, 1, 2)));

    static QuestionCatalogueView.Question question(long id, String code, String aspect, int... levels) {
        return new QuestionCatalogueView.Question(
                id,
                code,
                aspect,
                (int) id,
                code,
                null,
                java.util.Arrays.stream(levels)
                        .mapToObj(l -> new QuestionCatalogueView.Option(id * 10 + l, "L" + l, "nivå " + l, l))
                        .toList());
    }

    static ClassificationInput.Answer answer(long question, int level) {
        return new ClassificationInput.Answer(question, question * 10 + level);
    }

    @Test
    void theProposalIsTheHighestLevelAmongTheAspectsAnswers() {
        var answers = List.of(answer(1, 3), answer(2, 2), answer(3, 1));
        assertEquals(3, LevelRules.proposed(CATALOGUE, "K", answers));
        assertEquals(1, LevelRules.proposed(CATALOGUE, "T", answers));
        assertEquals(0, LevelRules.proposed(CATALOGUE, "R", answers), "no answers: no harm proposed");
    }

    @Test
    void aLevelOtherThanTheProposalNeedsAMotivation() {
        var in = new ClassificationInput(
                List.of(answer(1, 2)), List.of(new ClassificationInput.LevelChoice("K", 1, "  ")), null);
        var outcome = LevelRules.check(ASPECTS, CATALOGUE, in, Map.of());
        assertEquals(List.of("levels.K.motivation"), fields(outcome.problems()));

        var motivated = new ClassificationInput(
                List.of(answer(1, 2)), List.of(new ClassificationInput.LevelChoice("K", 1, "Avidentifierat.")), null);
        var ok = LevelRules.check(ASPECTS, CATALOGUE, motivated, Map.of());
        assertTrue(ok.problems().isEmpty());
        assertEquals(new AspectLevel("K", 2, 1, "Avidentifierat."), ok.levels().getFirst());
    }

    @Test
    void aDeviationFromTheAdoptedTemplateNeedsAMotivationEvenWhenItFollowsTheAnswers() {
        var in = new ClassificationInput(List.of(answer(1, 1)), List.of(), null);
        var outcome = LevelRules.check(ASPECTS, CATALOGUE, in, Map.of("K", 2));
        assertEquals(List.of("levels.K.motivation"), fields(outcome.problems()));
    }

    @Test
    void answersMustBelongToTheCatalogueAndBeGivenOnce() {
        var in = new ClassificationInput(
                List.of(answer(1, 1), new ClassificationInput.Answer(1, 12), new ClassificationInput.Answer(9, 91)),
                List.of(new ClassificationInput.LevelChoice("X", 1, null)),
                null);
        var outcome = LevelRules.check(ASPECTS, CATALOGUE, in, Map.of());
        assertEquals(List.of("answers[1]", "answers[2]", "levels"), fields(outcome.problems()));
    }

    @Test
    void levelFourAndUnansweredQuestionsStopADecision() {
        var answers = List.of(answer(1, 0), answer(2, 4));
        var levels = LevelRules.check(ASPECTS, CATALOGUE, new ClassificationInput(answers, List.of(), null), Map.of())
                .levels();
        assertEquals(
                List.of("answers", "separateAnalysis"),
                fields(LevelRules.completeness(CATALOGUE, answers, levels, null)));
        var all = List.of(answer(1, 0), answer(2, 4), answer(3, 0));
        assertTrue(LevelRules.completeness(CATALOGUE, all, levels, "SSA 2026:1").isEmpty());
    }

    @Test
    void theNextReviewIsTheCadenceAfterTheDecision() {
        assertEquals(
                java.time.LocalDate.of(2027, 2, 28), ReviewCadence.nextReview(java.time.LocalDate.of(2026, 2, 28), 12));
        assertEquals(
                java.time.LocalDate.of(2027, 2, 28),
                ReviewCadence.nextReview(java.time.LocalDate.of(2026, 8, 31), 6),
                "the end of a shorter month is kept, not overflowed");
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
