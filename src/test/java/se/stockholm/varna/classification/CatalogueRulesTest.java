package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.FieldProblem;

class CatalogueRulesTest {

    static final List<String> ASPECTS = List.of("K", "R", "T", "S");
    static final Set<Integer> LEVELS = Set.of(0, 1, 2, 3, 4);

    static CatalogueInput.Option option(String code, int level) {
        return new CatalogueInput.Option(code, "Svar " + code, level);
    }

    static CatalogueInput.Question question(String code, String aspect, CatalogueInput.Option... options) {
        return new CatalogueInput.Question(code, aspect, "Vad händer om " + code + "?", null, List.of(options));
    }

    /** One question per aspect, each with options proposing 0, 1 and 2. */
    static List<CatalogueInput.Question> complete() {
        List<CatalogueInput.Question> questions = new ArrayList<>();
        for (String aspect : ASPECTS) {
            questions.add(question(aspect + "-A", aspect, option("INGEN", 0), option("MATTLIG", 1), option("STOR", 2)));
        }
        return questions;
    }

    static List<String> fields(CatalogueInput in) {
        return CatalogueRules.check(in, ASPECTS, LEVELS).stream()
                .map(FieldProblem::field)
                .toList();
    }

    @Test
    void aCompleteCatalogueHasNoProblems() {
        assertEquals(List.of(), fields(new CatalogueInput("Version 2", null, complete())));
    }

    @Test
    void theTitleIsRequiredAndAtMost200Characters() {
        assertEquals(List.of("title"), fields(new CatalogueInput("  ", null, complete())));
        assertEquals(List.of("title"), fields(new CatalogueInput("x".repeat(201), null, complete())));
        assertEquals(List.of("description"), fields(new CatalogueInput("T", "x".repeat(4001), complete())));
    }

    @Test
    void everyAspectNeedsAQuestion() {
        List<CatalogueInput.Question> withoutT = new ArrayList<>(complete());
        withoutT.removeIf(q -> "T".equals(q.aspect()));
        var problems = CatalogueRules.check(new CatalogueInput("T", null, withoutT), ASPECTS, LEVELS);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("questions", problems.getFirst().field());
        assertTrue(
                problems.getFirst().message().contains("T"), problems.getFirst().message());
        assertEquals(List.of("questions"), fields(new CatalogueInput("T", null, List.of())));
    }

    @Test
    void anUnknownAspectIsRefused() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.add(question("X-A", "X", option("A", 0), option("B", 1)));
        assertEquals(List.of("questions[4].aspect"), fields(new CatalogueInput("T", null, questions)));
    }

    @Test
    void questionCodesAreUniqueAndWellFormed() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.add(question("k-a", "K", option("A", 0), option("B", 1)));
        questions.add(question("K-A", "K", option("A", 0), option("B", 1)));
        questions.add(question(" ", "K", option("A", 0), option("B", 1)));
        assertEquals(
                List.of("questions[4].code", "questions[5].code", "questions[6].code"),
                fields(new CatalogueInput("T", null, questions)));
    }

    @Test
    void aQuestionHasTwoToEightOptionsWithUniqueCodesAndTexts() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.set(0, question("K-A", "K", option("A", 0)));
        assertEquals(List.of("questions[0].options"), fields(new CatalogueInput("T", null, questions)));

        CatalogueInput.Option[] nine = new CatalogueInput.Option[9];
        for (int i = 0; i < 9; i++) {
            nine[i] = option("O" + i, Math.min(i, 4));
        }
        questions.set(0, question("K-A", "K", nine));
        assertEquals(List.of("questions[0].options"), fields(new CatalogueInput("T", null, questions)));

        questions.set(
                0,
                new CatalogueInput.Question(
                        "K-A",
                        "K",
                        "Fråga",
                        null,
                        List.of(option("A", 0), option("A", 1), new CatalogueInput.Option("C", "", 2))));
        assertEquals(
                List.of("questions[0].options[1].code", "questions[0].options[2].text"),
                fields(new CatalogueInput("T", null, questions)));
    }

    @Test
    void eightOptionsMayShareLevelsAsLongAsTheyNeverFall() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.set(
                0,
                question(
                        "K-A",
                        "K",
                        option("A", 0),
                        option("B", 0),
                        option("C", 1),
                        option("D", 1),
                        option("E", 2),
                        option("F", 3),
                        option("G", 3),
                        option("H", 4)));
        assertEquals(List.of(), fields(new CatalogueInput("T", null, questions)));
    }

    @Test
    void levelsMustBeOnTheScaleAndNeverFallWithTheOptionOrder() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.set(0, question("K-A", "K", option("A", 0), option("B", 5), option("C", 2)));
        questions.set(1, question("R-A", "R", option("A", 0), option("B", 3), option("C", 2)));
        questions.set(2, question("T-A", "T", option("A", 0), new CatalogueInput.Option("B", "Svar", null)));
        assertEquals(
                List.of(
                        "questions[0].options[1].proposedLevel",
                        "questions[1].options[2].proposedLevel",
                        "questions[2].options[1].proposedLevel"),
                fields(new CatalogueInput("T", null, questions)));
    }

    @Test
    void everyQuestionNeedsAnOptionProposingNoHarm() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.set(3, question("S-A", "S", option("A", 1), option("B", 2)));
        var problems = CatalogueRules.check(new CatalogueInput("T", null, questions), ASPECTS, LEVELS);
        assertEquals(
                List.of("questions[3].options"),
                problems.stream().map(FieldProblem::field).toList());
        assertTrue(
                problems.getFirst().message().contains("nivå 0"),
                problems.getFirst().message());
    }

    @Test
    void missingPartsAreReportedNotThrown() {
        List<CatalogueInput.Question> questions = new ArrayList<>(complete());
        questions.add(null);
        questions.add(new CatalogueInput.Question(null, null, null, "x".repeat(2001), null));
        assertEquals(
                List.of(
                        "questions[4]",
                        "questions[5].code",
                        "questions[5].aspect",
                        "questions[5].text",
                        "questions[5].help",
                        "questions[5].options"),
                fields(new CatalogueInput(null, null, questions)).stream()
                        .filter(f -> !"title".equals(f))
                        .toList());
    }
}
