package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many open risks lie in each cell, for one kind of assessment (INNEBOENDE, NUVARANDE or
 * KVARVARANDE): one grid per matrix version, newest first. {@code unassessed} counts the risks of the
 * selection that have no assessment of the kind yet, and so no cell.
 */
public record RiskHeatmapView(String kind, @Nullable Long orgUnitId, int unassessed, List<Grid> grids) {

    /** The counts of one matrix, one per cell, by likelihood and then consequence. */
    public record Grid(RiskMatrixView matrix, List<CellCount> cells) {

        /** The cells of the matrix with the counts keyed by {@link #key(int, int)}; absent cells count 0. */
        static Grid of(RiskMatrixView matrix, @Nullable Map<Integer, Integer> counts) {
            List<CellCount> cells = new ArrayList<>();
            for (RiskMatrixView.Step l : matrix.likelihood()) {
                for (RiskMatrixView.Step c : matrix.consequence()) {
                    RiskMatrixView.Band band = matrix.band(l.step(), c.step()).orElse(NO_BAND);
                    int count = counts == null ? 0 : counts.getOrDefault(key(l.step(), c.step()), 0);
                    cells.add(new CellCount(l.step(), c.step(), band, count));
                }
            }
            return new Grid(matrix, List.copyOf(cells));
        }

        public int total() {
            return cells.stream().mapToInt(CellCount::count).sum();
        }

        /** Rows for a table: the highest likelihood first, as a risk matrix is read. */
        public List<Row> rowsFromHighest() {
            List<Row> rows = new ArrayList<>();
            for (RiskMatrixView.Step l : matrix.likelihood().reversed()) {
                rows.add(new Row(
                        l,
                        cells.stream().filter(c -> c.likelihood() == l.step()).toList()));
            }
            return rows;
        }
    }

    /** One likelihood step with its cells from the lowest consequence to the highest. */
    public record Row(RiskMatrixView.Step likelihood, List<CellCount> cells) {}

    /** A cell, its band ({@code riskBand}: OGNL reads "band" as an operator) and how many risks lie in it. */
    public record CellCount(int likelihood, int consequence, RiskMatrixView.Band riskBand, int count) {

        /** Black or white, whichever contrasts more with the band colour: always at least 4.5:1. */
        public String textColour() {
            return textOn(riskBand.colour());
        }
    }

    /** Stands in for the band of a cell a matrix lacks; a validated matrix has every cell. */
    static final RiskMatrixView.Band NO_BAND = new RiskMatrixView.Band("", "–", "#ffffff", 0);

    static int key(int likelihood, int consequence) {
        return likelihood * 100 + consequence;
    }

    /**
     * The text colour for a background #rrggbb by WCAG relative luminance. Against pure black or pure
     * white the better of the two contrast ratios is never below 4.58:1.
     */
    static String textOn(String colour) {
        double luminance = 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
        double withBlack = (luminance + 0.05) / 0.05;
        double withWhite = 1.05 / (luminance + 0.05);
        return withBlack >= withWhite ? "#000000" : "#ffffff";
    }

    private static double channel(String colour, int from) {
        double c = Integer.parseInt(colour.substring(from, from + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
