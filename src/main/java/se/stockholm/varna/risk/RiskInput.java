package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Command: what identifies a risk. {@code source} is MANUELL unless the risk comes from a candidate
 * (HANDLINGSPLAN, DRIFTBESLUT, GRANSKNING); the owner is the informationsägare who will decide it.
 */
public record RiskInput(
        String title,
        @Nullable String description,
        @Nullable String threat,
        @Nullable String vulnerability,
        Long orgUnitId,
        String ownerUsername,
        @Nullable String ownerName,
        String context,
        @Nullable String source,
        @Nullable Long supplierId,
        List<Long> assetIds,
        List<Long> serviceIds) {

    public RiskInput {
        assetIds = assetIds == null ? List.of() : assetIds.stream().distinct().toList();
        serviceIds =
                serviceIds == null ? List.of() : serviceIds.stream().distinct().toList();
    }
}
