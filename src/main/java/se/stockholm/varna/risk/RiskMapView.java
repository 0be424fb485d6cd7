package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The riskkarta of an organisation subtree (or the whole scope): per matrix version, newest first,
 * the inherent and the residual heatmap side by side.
 */
public record RiskMapView(
        @Nullable Long orgUnitId, List<Section> sections, int unassessedInherent, int unassessedResidual) {

    /** One matrix version with both grids. */
    public record Section(RiskMatrixView matrix, RiskHeatmapView.Grid inherent, RiskHeatmapView.Grid residual) {}
}
