package se.stockholm.varna.reporting;

import java.time.Instant;

/** The current (GALLANDE) snapshot of a closed period: when its values were computed. */
record IndicatorSnapshot(long id, long periodId, Instant computedAt) {}
