package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;

/**
 * What an iakttagelse is, as the reviewer records or changes it: what was observed, how severe (a
 * code of the severity scale), what is recommended, which organisation must answer, and whether the
 * reviewer wants it to raise a risk candidate.
 */
public record FindingInput(
        @Nullable String title,
        @Nullable String observation,
        @Nullable String severityCode,
        @Nullable String recommendation,
        @Nullable Long orgUnitId,
        boolean raiseRisk) {}
