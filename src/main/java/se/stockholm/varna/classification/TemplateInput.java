package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Command: publish a klassningsmall, either from answers (with level choices; a level left out follows
 * the proposal) or from a decided classification ({@code fromClassificationId}) whose answers and levels
 * it takes over; level choices given with it replace the classification's.
 */
public record TemplateInput(
        @Nullable String name,
        @Nullable String description,
        List<ClassificationInput.Answer> answers,
        List<ClassificationInput.LevelChoice> levels,
        @Nullable Long fromClassificationId) {

    public TemplateInput {
        answers = answers == null ? List.of() : List.copyOf(answers);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
