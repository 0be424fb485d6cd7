package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * An active informationsmängd an it-tjänst processes, with the levels of its current (decided)
 * classification; {@code levels} is null when it has none ("oklassad").
 */
record ProcessedAsset(long id, String name, String path, String personalData, @Nullable Map<String, Integer> levels) {

    static final String NO_PERSONAL_DATA = "INGA";

    boolean classified() {
        return levels != null;
    }

    int level(String aspect) {
        return levels == null ? 0 : levels.getOrDefault(aspect, 0);
    }

    boolean holdsPersonalData() {
        return !NO_PERSONAL_DATA.equals(personalData);
    }
}
