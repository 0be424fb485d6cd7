package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The review cadence of one unit: its own setting if any, the months in force and where they come
 * from: {@code EGEN} (own), {@code ARVD} (an ancestor's) or {@code STANDARD} (the city default).
 */
@Serdeable
public record ReviewCadenceView(
        long orgUnitId,
        String orgUnitName,
        @Nullable Integer months,
        int effectiveMonths,
        String source,
        @Nullable Long inheritedFromId,
        @Nullable String inheritedFromName) {

    public static final String OWN = "EGEN";
    public static final String INHERITED = "ARVD";
    public static final String DEFAULT = "STANDARD";
}
