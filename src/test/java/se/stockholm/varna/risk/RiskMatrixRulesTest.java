package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.FieldProblem;

class RiskMatrixRulesTest {

    static List<String> fields(NewRiskMatrix in) {
        return RiskMatrixRules.check(in).stream().map(FieldProblem::field).toList();
    }

    static List<NewRiskMatrix.Cell> cells(NewRiskMatrix in) {
        return new ArrayList<>(in.cells());
    }

    /** The index in the default body of the cell (l, c). */
    static int at(int likelihood, int consequence) {
        return (likelihood - 1) * 4 + consequence - 1;
    }

    @Test
    void theCitysDefault4x4MatrixIsValid() {
        assertEquals(List.of(), RiskMatrixRules.check(MatrixFixture.default4x4()));
    }

    @Test
    void aConfigured5x5MatrixIsValid() {
        assertEquals(List.of(), RiskMatrixRules.check(MatrixFixture.product5x5()));
    }

    @Test
    void theBandOfACellOfTheDefaultMatrixIsReadFromItsCells() {
        RiskMatrixView matrix = MatrixFixture.view(1, MatrixFixture.default4x4());
        assertEquals("MYCKET_HOG", matrix.band(3, 3).orElseThrow().code());
        assertEquals("MEDEL", matrix.band(2, 2).orElseThrow().code());
        assertEquals("LAG", matrix.band(1, 2).orElseThrow().code());
        assertEquals("HOG", matrix.band(2, 3).orElseThrow().code());
        assertEquals("MEDEL", matrix.band(4, 1).orElseThrow().code());
        assertEquals("Mycket hög", matrix.band(4, 4).orElseThrow().name());
        assertTrue(matrix.band(5, 1).isEmpty(), "likelihood 5 lies outside a 4×4 matrix");
        assertEquals("MYCKET_HOG", matrix.highestBand().code());
    }

    @Test
    void theBandOfACellOfAConfigured5x5MatrixIsReadFromItsCells() {
        RiskMatrixView matrix = MatrixFixture.view(2, MatrixFixture.product5x5());
        assertEquals("MYCKET_HOG", matrix.band(5, 5).orElseThrow().code());
        assertEquals("MYCKET_HOG", matrix.band(4, 5).orElseThrow().code());
        assertEquals("HOG", matrix.band(2, 5).orElseThrow().code());
        assertEquals("MEDEL", matrix.band(3, 3).orElseThrow().code());
        assertEquals("LAG", matrix.band(1, 4).orElseThrow().code());
        assertTrue(matrix.band(6, 1).isEmpty());
        assertTrue(matrix.band(0, 1).isEmpty());
    }

    @Test
    void aMissingCellIsNamedByItsCoordinates() {
        List<NewRiskMatrix.Cell> cells = cells(MatrixFixture.default4x4());
        cells.remove(at(2, 3));
        var problems = RiskMatrixRules.check(MatrixFixture.withCells(MatrixFixture.default4x4(), cells));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("cells", problems.getFirst().field());
        assertTrue(problems.getFirst().message().contains("sannolikhet 2, konsekvens 3"), problems.toString());
    }

    @Test
    void everyCellIsGivenExactlyOnce() {
        List<NewRiskMatrix.Cell> cells = cells(MatrixFixture.default4x4());
        cells.add(new NewRiskMatrix.Cell(2, 2, "MEDEL"));
        assertEquals(List.of("cells[16]"), fields(MatrixFixture.withCells(MatrixFixture.default4x4(), cells)));
    }

    @Test
    void aCellOutsideTheAxesIsRefusedAndTheCellItLeftIsMissing() {
        List<NewRiskMatrix.Cell> cells = cells(MatrixFixture.default4x4());
        cells.set(at(4, 4), new NewRiskMatrix.Cell(5, 4, "MYCKET_HOG"));
        cells.set(at(1, 1), new NewRiskMatrix.Cell(1, null, "LAG"));
        assertEquals(
                List.of("cells[0].consequence", "cells[15].likelihood", "cells", "cells"),
                fields(MatrixFixture.withCells(MatrixFixture.default4x4(), cells)));
    }

    @Test
    void aCellsBandMustBeOneOfTheBands() {
        List<NewRiskMatrix.Cell> cells = cells(MatrixFixture.default4x4());
        cells.set(at(4, 4), new NewRiskMatrix.Cell(4, 4, "KRITISK"));
        cells.set(at(1, 1), new NewRiskMatrix.Cell(1, 1, " "));
        assertEquals(
                List.of("cells[0].band", "cells[15].band"),
                fields(MatrixFixture.withCells(MatrixFixture.default4x4(), cells)));
    }

    @Test
    void aBandThatFallsWhenLikelihoodOrConsequenceGrowsIsRefused() {
        List<NewRiskMatrix.Cell> cells = cells(MatrixFixture.default4x4());
        cells.set(at(4, 4), new NewRiskMatrix.Cell(4, 4, "LAG"));
        var problems = RiskMatrixRules.check(MatrixFixture.withCells(MatrixFixture.default4x4(), cells));
        assertEquals(
                List.of("cells[15].band", "cells[15].band"),
                problems.stream().map(FieldProblem::field).toList());
        assertTrue(problems.get(0).message().contains("sannolikheten ökar"), problems.toString());
        assertTrue(problems.get(1).message().contains("konsekvensen ökar"), problems.toString());
    }

    @Test
    void aBandThatFallsAlongConsequenceOnlyIsNamedOnce() {
        List<NewRiskMatrix.Cell> cells = cells(MatrixFixture.default4x4());
        cells.set(at(1, 4), new NewRiskMatrix.Cell(1, 4, "LAG"));
        var problems = RiskMatrixRules.check(MatrixFixture.withCells(MatrixFixture.default4x4(), cells));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("cells[3].band", problems.getFirst().field());
        assertTrue(
                problems.getFirst()
                        .message()
                        .contains(
                                "rutan sannolikhet 1, konsekvens 4 har LAG men rutan sannolikhet 1, konsekvens 3 har MEDEL"),
                problems.getFirst().message());
    }

    @Test
    void aFallingRankingIsFoundWhateverTheBandsAreCalled() {
        // the bands are valid; only their ranks make the default cells fall
        List<NewRiskMatrix.Band> bands = new ArrayList<>(MatrixFixture.bands());
        bands.set(0, new NewRiskMatrix.Band("LAG", "Låg", "#cfe8cf", 2));
        bands.set(1, new NewRiskMatrix.Band("MEDEL", "Medel", "#fff2b3", 1));
        assertTrue(
                fields(MatrixFixture.withBands(MatrixFixture.default4x4(), bands)).stream()
                        .allMatch(f -> f.startsWith("cells[") && f.endsWith("].band")),
                "only monotonicity problems");
        assertTrue(!fields(MatrixFixture.withBands(MatrixFixture.default4x4(), bands))
                .isEmpty());
    }

    @Test
    void eachAxisHasTwoToSevenSteps() {
        NewRiskMatrix one = MatrixFixture.matrix("En", new String[] {"Enda"}, MatrixFixture.CONSEQUENCE_4, (l, c) -> 1);
        assertEquals(List.of("likelihood"), fields(one));
        String[] eight = {"1", "2", "3", "4", "5", "6", "7", "8"};
        NewRiskMatrix wide = MatrixFixture.matrix("Bred", MatrixFixture.LIKELIHOOD_4, eight, (l, c) -> 1);
        assertEquals(List.of("consequence"), fields(wide), "no cell problems when an axis is unusable");
        String[] seven = {"1", "2", "3", "4", "5", "6", "7"};
        assertEquals(
                List.of(), fields(MatrixFixture.matrix("7×7", seven, seven, (l, c) -> Math.min(4, (l + c) / 4 + 1))));
    }

    @Test
    void namesAndDescriptionsAreRequiredAndStepNamesDiffer() {
        NewRiskMatrix base = MatrixFixture.default4x4();
        List<NewRiskMatrix.Step> likelihood = new ArrayList<>(base.likelihood());
        likelihood.set(0, new NewRiskMatrix.Step(" ", null));
        likelihood.set(3, new NewRiskMatrix.Step("möjlig", "Samma namn som steg 2."));
        likelihood.add(null);
        NewRiskMatrix in =
                new NewRiskMatrix("x".repeat(201), likelihood, base.consequence(), base.bands(), base.cells());
        assertEquals(
                List.of(
                        "name",
                        "likelihood[0].name",
                        "likelihood[0].description",
                        "likelihood[3].name",
                        "likelihood[4]",
                        "cells",
                        "cells",
                        "cells",
                        "cells"),
                fields(in));
    }

    @Test
    void bandsHaveUniqueCodesAndNamesValidColoursAndTheRanksOneToN() {
        List<NewRiskMatrix.Band> bands = new ArrayList<>(MatrixFixture.bands());
        bands.set(1, new NewRiskMatrix.Band("LAG", "Medel", "#fff2b3", 2));
        bands.set(2, new NewRiskMatrix.Band("HOG", "låg", "red", 5));
        bands.set(3, new NewRiskMatrix.Band("mycket-hog", "Mycket hög", "#f4a6a6", 1));
        assertEquals(
                List.of(
                        "bands[1].code",
                        "bands[2].name",
                        "bands[2].colour",
                        "bands[2].rank",
                        "bands[3].code",
                        "bands[3].rank",
                        // MEDEL and MYCKET_HOG are no longer bands
                        "cells[2].band",
                        "cells[3].band",
                        "cells[5].band",
                        "cells[8].band",
                        "cells[10].band",
                        "cells[11].band",
                        "cells[12].band",
                        "cells[14].band",
                        "cells[15].band"),
                fields(MatrixFixture.withBands(MatrixFixture.default4x4(), bands)));
    }

    @Test
    void thereAreTwoToTenBands() {
        NewRiskMatrix in = MatrixFixture.withBands(
                MatrixFixture.matrix("Två", new String[] {"A", "B"}, new String[] {"A", "B"}, (l, c) -> 1),
                List.of(new NewRiskMatrix.Band("LAG", "Låg", "#cfe8cf", 1)));
        assertEquals(List.of("bands"), fields(in));
        List<NewRiskMatrix.Band> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add(new NewRiskMatrix.Band("B" + i, "Nivå " + i, "#ffffff", i));
        }
        assertEquals(
                List.of("bands"),
                fields(MatrixFixture.withBands(MatrixFixture.default4x4(), eleven)).stream()
                        .filter(f -> !f.startsWith("cells"))
                        .toList());
    }

    @Test
    void missingItemsAreNamedWithoutFailing() {
        NewRiskMatrix base = MatrixFixture.default4x4();
        List<NewRiskMatrix.Band> bands = new ArrayList<>(base.bands());
        bands.add(null);
        List<NewRiskMatrix.Cell> cells = cells(base);
        cells.set(0, null);
        NewRiskMatrix in = new NewRiskMatrix(null, null, base.consequence(), bands, cells);
        assertEquals(List.of("name", "likelihood", "bands[4]"), fields(in));
        NewRiskMatrix noLikelihood = MatrixFixture.withCells(base, cells);
        assertEquals(List.of("cells[0]", "cells"), fields(noLikelihood));
    }

    @Test
    void anAbsurdNumberOfCellsIsOneProblem() {
        List<NewRiskMatrix.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            cells.add(new NewRiskMatrix.Cell(1, 1, "LAG"));
        }
        assertEquals(List.of("cells"), fields(MatrixFixture.withCells(MatrixFixture.default4x4(), cells)));
    }

    @Test
    void theFixtureMatchesTheSeededDefault() {
        assertEquals(16, MatrixFixture.default4x4().cells().size());
        assertEquals(
                List.of("LAG", "MEDEL", "HOG", "MYCKET_HOG"),
                Arrays.stream(MatrixFixture.BANDS).toList());
    }
}
