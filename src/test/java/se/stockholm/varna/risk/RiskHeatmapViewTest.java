package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskHeatmapViewTest {

    static double luminance(String colour) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theTextOfACellContrastsAtLeast4point5WithAnyBandColour() {
        for (int r = 0; r < 256; r += 15) {
            for (int g = 0; g < 256; g += 15) {
                for (int b = 0; b < 256; b += 15) {
                    String colour = String.format("#%02x%02x%02x", r, g, b);
                    String text = RiskHeatmapView.textOn(colour);
                    assertTrue(contrast(colour, text) >= 4.5, colour + " with " + text);
                }
            }
        }
    }

    @Test
    void theCitysPaleBandColoursGetBlackTextAndDarkOnesWhite() {
        for (String colour : MatrixFixture.COLOURS) {
            assertEquals("#000000", RiskHeatmapView.textOn(colour), colour);
        }
        assertEquals("#ffffff", RiskHeatmapView.textOn("#8b0000"));
        assertEquals("#ffffff", RiskHeatmapView.textOn("#00457c"));
    }

    @Test
    void aGridHasEveryCellWithItsBandAndCountAndReadsFromTheHighestLikelihood() {
        RiskMatrixView matrix = MatrixFixture.view(1, MatrixFixture.default4x4());
        var grid = RiskHeatmapView.Grid.of(matrix, Map.of(RiskHeatmapView.key(3, 3), 2, RiskHeatmapView.key(1, 2), 1));
        assertEquals(16, grid.cells().size());
        assertEquals(3, grid.total());
        List<RiskHeatmapView.Row> rows = grid.rowsFromHighest();
        assertEquals(
                List.of(4, 3, 2, 1),
                rows.stream().map(r -> r.likelihood().step()).toList());
        RiskHeatmapView.Row third = rows.get(1);
        assertEquals(
                List.of(1, 2, 3, 4),
                third.cells().stream()
                        .map(RiskHeatmapView.CellCount::consequence)
                        .toList());
        RiskHeatmapView.CellCount cell = third.cells().get(2);
        assertEquals(2, cell.count());
        assertEquals("MYCKET_HOG", cell.riskBand().code());
        RiskHeatmapView.CellCount low = rows.get(3).cells().get(1);
        assertEquals(1, low.count());
        assertEquals("LAG", low.riskBand().code());
        assertEquals(0, rows.get(0).cells().get(0).count());
    }

    @Test
    void aGridWithoutRisksCountsZeroEverywhere() {
        var grid = RiskHeatmapView.Grid.of(MatrixFixture.view(2, MatrixFixture.product5x5()), null);
        assertEquals(25, grid.cells().size());
        assertEquals(0, grid.total());
        assertEquals(
                "MYCKET_HOG",
                grid.rowsFromHighest().getFirst().cells().getLast().riskBand().code());
    }
}
