package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of the risk matrix: the steps of both axes, the bands and the band of every cell. */
@Serdeable
public record RiskMatrixView(
        long id,
        int versionNo,
        String name,
        int likelihoodSteps,
        int consequenceSteps,
        String status,
        @Nullable Instant publishedAt,
        List<Step> likelihood,
        List<Step> consequence,
        List<Band> bands,
        List<Cell> cells) {

    /** A step of an axis: 1 is the lowest. */
    @Serdeable
    public record Step(int step, String name, String description) {}

    /** A band (låg, medel, hög, mycket hög, …); {@code rank} 1 is the lowest. */
    @Serdeable
    public record Band(String code, String name, String colour, int rank) {}

    /** The band of one cell. */
    @Serdeable
    public record Cell(int likelihood, int consequence, String band) {}

    /** The band of a cell, empty when the cell is outside the matrix. */
    public Optional<Band> band(int likelihoodStep, int consequenceStep) {
        return cells.stream()
                .filter(c -> c.likelihood() == likelihoodStep && c.consequence() == consequenceStep)
                .findFirst()
                .flatMap(c ->
                        bands.stream().filter(b -> b.code().equals(c.band())).findFirst());
    }

    /** The highest band: accepting a risk there needs a second decision (ADR 0010). */
    public Band highestBand() {
        return bands.stream().max(java.util.Comparator.comparingInt(Band::rank)).orElseThrow();
    }
}
