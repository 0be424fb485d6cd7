package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How the adopters of one template ended up, per aspect: how many decided each level, whether the
 * aspect is flagged (adopters differ from each other or from the template), and the deviating ones.
 */
@Serdeable
public record CalibrationView(
        long templateId, String templateName, String templateStatus, int adopters, List<Aspect> aspects) {

    public boolean flagged() {
        return aspects.stream().anyMatch(Aspect::flagged);
    }

    /** One aspect of the template across its adopters. */
    @Serdeable
    public record Aspect(
            String aspect, int templateLevel, boolean flagged, List<LevelCount> counts, List<Deviation> deviations) {}

    /** How many adopters decided this level. */
    @Serdeable
    public record LevelCount(int level, int count) {}

    /** An adopter whose decided level differs from the template's, and why. */
    @Serdeable
    public record Deviation(
            long classificationId,
            long informationAssetId,
            String assetName,
            String responsibleOrgName,
            int level,
            @Nullable String motivation) {}
}
