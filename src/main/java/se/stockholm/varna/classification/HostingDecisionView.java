package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An informationsägare's decision on the cloud or third-country hosting of an it-tjänst (R1.35), with
 * a snapshot of what it was decided on. {@code conditions} holds the conditions of an approval or the
 * motivation of a rejection; {@code current} is true while the hosting, the cloud flag and the
 * countries of the service still equal the snapshot.
 */
@Serdeable
public record HostingDecisionView(
        long id,
        long itServiceId,
        String outcome,
        @Nullable String conditions,
        String decidedBy,
        @Nullable String decidedByName,
        String decidedRole,
        Instant decidedAt,
        Snapshot snapshot,
        boolean current) {

    public static final String APPROVED_WITH_CONDITIONS = "GODKAND_MED_VILLKOR";
    public static final String REJECTED = "AVSLAGEN";

    /** What the decision was about: hosting, cloud, countries (sorted), required levels, personal data. */
    @Serdeable
    public record Snapshot(
            String hosting,
            boolean cloud,
            List<String> countries,
            Map<String, Integer> requiredLevels,
            List<String> personalData) {

        /** Whether a decision on this snapshot still covers a service hosted like this. */
        public boolean covers(String currentHosting, boolean currentCloud, List<String> currentCountries) {
            return hosting.equals(currentHosting)
                    && cloud == currentCloud
                    && countries.equals(currentCountries.stream().sorted().toList());
        }
    }
}
