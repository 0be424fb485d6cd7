package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The skyddsnivåer of an it-tjänst: per aspect the level it inherits from the decided classifications
 * of the informationsmängder it processes (and which one caused it), a deviation a systemägare
 * recorded, and the required level that follows.
 */
@Serdeable
public record ProtectionLevelsView(
        long itServiceId,
        List<Aspect> aspects,
        int processedAssets,
        List<AssetRef> unclassifiedAssets,
        boolean complete,
        boolean separateAnalysisRequired) {

    /** One aspect: inherited, recorded deviation, required; {@code inCatalogue} is false at level 4. */
    @Serdeable
    public record Aspect(
            String aspect,
            String aspectName,
            int inheritedLevel,
            @Nullable AssetRef causedBy,
            @Nullable LevelOverride override,
            int requiredLevel,
            String requiredLevelName,
            boolean inCatalogue) {}

    /**
     * A processed informationsmängd; outside the reader's scope only the fact that it exists is shown,
     * never its id or name.
     */
    @Serdeable
    public record AssetRef(@Nullable Long id, @Nullable String name, boolean inScope) {}

    /** A level a systemägare recorded instead of the inherited one, and why. */
    @Serdeable
    public record LevelOverride(int level, String motivation, String recordedBy, Instant recordedAt) {}

    public Map<String, Integer> requiredLevels() {
        return aspects.stream().collect(Collectors.toMap(Aspect::aspect, Aspect::requiredLevel));
    }

    public int required(String aspect) {
        return aspects.stream()
                .filter(a -> a.aspect().equals(aspect))
                .mapToInt(Aspect::requiredLevel)
                .findFirst()
                .orElse(0);
    }
}
