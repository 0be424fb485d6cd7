package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * One figure of an indicator for one organisation: e.g. IS-01 / SHARE. A share is a fraction 0–1 with six
 * decimals, null when undefined (nothing to divide by); a count is a whole number.
 */
public record IndicatorValue(String indicatorId, String subKey, @Nullable BigDecimal value) {}
