package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Command: a complete new version of the question catalogue, as the admin sends it. Everything may be
 * missing or wrong here; {@link CatalogueRules} says what.
 */
public record CatalogueInput(@Nullable String title, @Nullable String description, List<Question> questions) {

    public CatalogueInput {
        questions = questions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(questions));
    }

    /** A consequence question with its answer options in the order they are shown. */
    public record Question(
            @Nullable String code,
            @Nullable String aspect,
            @Nullable String text,
            @Nullable String help,
            List<Option> options) {

        public Question {
            options = options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
        }
    }

    /** An answer option and the level it proposes. */
    public record Option(@Nullable String code, @Nullable String text, @Nullable Integer proposedLevel) {}
}
