package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The level of one aspect: what the answers proposed, what was chosen, and why when they differ. */
@Serdeable
public record AspectLevel(String aspect, int proposedLevel, int level, @Nullable String motivation) {

    public boolean deviates() {
        return level != proposedLevel;
    }
}
