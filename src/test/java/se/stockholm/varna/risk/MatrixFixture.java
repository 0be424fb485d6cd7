package se.stockholm.varna.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/** Matrix bodies for the rules and the views: the city's default 4×4 (as seeded in V10) and a 5×5. */
final class MatrixFixture {

    static final String[] BANDS = {"LAG", "MEDEL", "HOG", "MYCKET_HOG"};
    static final String[] BAND_NAMES = {"Låg", "Medel", "Hög", "Mycket hög"};
    static final String[] COLOURS = {"#cfe8cf", "#fff2b3", "#ffd0a0", "#f4a6a6"};
    static final String[] LIKELIHOOD_4 = {"Osannolik", "Möjlig", "Sannolik", "Mycket sannolik"};
    static final String[] CONSEQUENCE_4 = {"Försumbar/lindrig", "Måttlig", "Betydande", "Allvarlig"};

    /** The bands of V10's cells, by [likelihood - 1][consequence - 1]: 1–2 låg, 3–4 medel, 6–8 hög, 9–16 mycket hög. */
    static final String[][] DEFAULT_CELLS = {
        {"LAG", "LAG", "MEDEL", "MEDEL"},
        {"LAG", "MEDEL", "HOG", "HOG"},
        {"MEDEL", "HOG", "MYCKET_HOG", "MYCKET_HOG"},
        {"MEDEL", "HOG", "MYCKET_HOG", "MYCKET_HOG"},
    };

    private MatrixFixture() {}

    static NewRiskMatrix default4x4() {
        return matrix(
                "Stadens riskmatris 4×4", LIKELIHOOD_4, CONSEQUENCE_4, (l, c) -> rank(DEFAULT_CELLS[l - 1][c - 1]));
    }

    /** 5×5 by riskvärde = l × c: 1–4 låg, 5–9 medel, 10–16 hög, 20–25 mycket hög. */
    static NewRiskMatrix product5x5() {
        String[] steps = {"Ett", "Två", "Tre", "Fyra", "Fem"};
        return matrix("Riskmatris 5×5", steps, steps, (l, c) -> {
            int value = l * c;
            return value <= 4 ? 1 : value <= 9 ? 2 : value <= 16 ? 3 : 4;
        });
    }

    /** A body with the four default bands and the band of rank {@code rank.applyAsInt(l, c)} in each cell. */
    static NewRiskMatrix matrix(String name, String[] likelihood, String[] consequence, IntBinaryOperator rank) {
        List<NewRiskMatrix.Cell> cells = new ArrayList<>();
        for (int l = 1; l <= likelihood.length; l++) {
            for (int c = 1; c <= consequence.length; c++) {
                cells.add(new NewRiskMatrix.Cell(l, c, BANDS[rank.applyAsInt(l, c) - 1]));
            }
        }
        return new NewRiskMatrix(name, steps(likelihood), steps(consequence), bands(), cells);
    }

    static List<NewRiskMatrix.Step> steps(String[] names) {
        List<NewRiskMatrix.Step> steps = new ArrayList<>();
        for (String n : names) {
            steps.add(new NewRiskMatrix.Step(n, "Vad " + n + " betyder."));
        }
        return steps;
    }

    static List<NewRiskMatrix.Band> bands() {
        List<NewRiskMatrix.Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            bands.add(new NewRiskMatrix.Band(BANDS[i], BAND_NAMES[i], COLOURS[i], i + 1));
        }
        return bands;
    }

    /** The body as the stored view would read it back. */
    static RiskMatrixView view(long id, NewRiskMatrix in) {
        List<RiskMatrixView.Step> likelihood = new ArrayList<>();
        for (int i = 0; i < in.likelihood().size(); i++) {
            likelihood.add(new RiskMatrixView.Step(
                    i + 1, in.likelihood().get(i).name(), in.likelihood().get(i).description()));
        }
        List<RiskMatrixView.Step> consequence = new ArrayList<>();
        for (int i = 0; i < in.consequence().size(); i++) {
            consequence.add(new RiskMatrixView.Step(
                    i + 1,
                    in.consequence().get(i).name(),
                    in.consequence().get(i).description()));
        }
        return new RiskMatrixView(
                id,
                (int) id,
                in.name(),
                likelihood.size(),
                consequence.size(),
                "PUBLICERAD",
                null,
                likelihood,
                consequence,
                in.bands().stream()
                        .map(b -> new RiskMatrixView.Band(b.code(), b.name(), b.colour(), b.rank()))
                        .toList(),
                in.cells().stream()
                        .map(c -> new RiskMatrixView.Cell(c.likelihood(), c.consequence(), c.band()))
                        .toList());
    }

    /** The same body with the cells changed. */
    static NewRiskMatrix withCells(NewRiskMatrix in, List<NewRiskMatrix.Cell> cells) {
        return new NewRiskMatrix(in.name(), in.likelihood(), in.consequence(), in.bands(), cells);
    }

    /** The same body with the bands changed. */
    static NewRiskMatrix withBands(NewRiskMatrix in, List<NewRiskMatrix.Band> bands) {
        return new NewRiskMatrix(in.name(), in.likelihood(), in.consequence(), bands, in.cells());
    }

    private static int rank(String band) {
        return List.of(BANDS).indexOf(band) + 1;
    }
}
