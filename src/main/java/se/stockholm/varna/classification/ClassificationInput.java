package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Command: the answers and level choices of a draft classification. A level left out (or null)
 * follows the proposal; a level that differs from the proposal needs a motivation.
 */
public record ClassificationInput(List<Answer> answers, List<LevelChoice> levels, @Nullable String separateAnalysis) {

    public ClassificationInput {
        answers = answers == null ? List.of() : List.copyOf(answers);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The chosen option of one question. */
    @Serdeable
    public record Answer(long questionId, long optionId) {}

    /** The level chosen for one aspect, and why when it is not the proposal. */
    @Serdeable
    public record LevelChoice(String aspect, @Nullable Integer level, @Nullable String motivation) {}
}
