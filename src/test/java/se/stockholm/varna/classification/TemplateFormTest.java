package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.ProblemException;

class TemplateFormTest {

    @Test
    void theFormBecomesAnswersAndLevelChoicesOfThePublishedCatalogue() {
        var form = TemplateForm.of(Map.of(
                "name", "Personalakt",
                "answer_1", "12",
                "answer_2", "x",
                "answer_99", "991",
                "level_K", "1",
                "motivation_K", "Avidentifierat",
                "level_T", "",
                "evil", "ignored"));
        TemplateInput in = form.toInput(LevelRulesTest.CATALOGUE, List.of("K", "R", "T", "S"));
        assertEquals("Personalakt", in.name());
        assertEquals(
                List.of(new ClassificationInput.Answer(1, 12)), in.answers(), "only readable answers of the catalogue");
        assertEquals(
                new ClassificationInput.LevelChoice("K", 1, "Avidentifierat"),
                in.levels().getFirst());
        assertNull(in.levels().get(2).level(), "an empty level follows the proposal");
        assertEquals(
                List.of("answer_2", "answer_3"),
                form.unanswered(LevelRulesTest.CATALOGUE).keySet().stream().toList());
    }

    @Test
    void aLevelThatIsNoNumberIsAFieldProblem() {
        var form = TemplateForm.of(Map.of("level_R", "hög"));
        var e = assertThrows(
                ProblemException.class, () -> form.toInput(LevelRulesTest.CATALOGUE, List.of("K", "R", "T", "S")));
        assertEquals("level_R", e.fieldProblems().getFirst().field());
    }

    @Test
    void problemsOfTheServiceNameTheFormFields() {
        assertEquals("motivation_K", TemplateForm.fieldOf("levels.K.motivation"));
        assertEquals("level_T", TemplateForm.fieldOf("levels.T"));
        assertEquals("answers", TemplateForm.fieldOf("answers[3]"));
        assertEquals("name", TemplateForm.fieldOf("name"));
    }
}
