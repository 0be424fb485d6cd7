package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Command: a complete new version of the risk matrix as the admin sends it: the steps of both axes
 * (lowest first), the bands and the band of every cell. Everything may be missing or wrong here;
 * {@link RiskMatrixRules} says what.
 */
public record NewRiskMatrix(
        @Nullable String name, List<Step> likelihood, List<Step> consequence, List<Band> bands, List<Cell> cells) {

    public NewRiskMatrix {
        likelihood = copy(likelihood);
        consequence = copy(consequence);
        bands = copy(bands);
        cells = copy(cells);
    }

    /** A step of an axis; its number is its position in the list, from 1. */
    public record Step(@Nullable String name, @Nullable String description) {}

    /** A band: a code (e.g. MYCKET_HOG), the name shown, a background colour #rrggbb and its rank (1 = lowest). */
    public record Band(@Nullable String code, @Nullable String name, @Nullable String colour, @Nullable Integer rank) {}

    /** The band of one cell. */
    public record Cell(@Nullable Integer likelihood, @Nullable Integer consequence, @Nullable String band) {}

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
