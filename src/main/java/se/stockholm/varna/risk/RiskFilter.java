package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;

/**
 * What to list. {@code status} null means all but STANGD. {@code band} matches the risk's level: its
 * residual assessment, else its current, else its inherent one. A cell ({@code kind}, likelihood,
 * consequence) selects the risks whose assessment of that kind lies in it: the heatmap's links.
 */
public record RiskFilter(
        @Nullable String text,
        @Nullable Long orgUnitId,
        @Nullable String status,
        @Nullable String band,
        @Nullable String owner,
        boolean onlySignificant,
        @Nullable String cellKind,
        @Nullable Integer cellLikelihood,
        @Nullable Integer cellConsequence) {

    public static RiskFilter all() {
        return new RiskFilter(null, null, null, null, null, false, null, null, null);
    }
}
