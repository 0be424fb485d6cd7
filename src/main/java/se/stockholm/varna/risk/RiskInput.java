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

    /** The input that would recreate the risk as it is, to change one part of it. */
    static RiskInput of(RiskView r) {
        return new RiskInput(
                r.title(),
                r.description(),
                r.threat(),
                r.vulnerability(),
                r.orgUnitId(),
                r.ownerUsername(),
                r.ownerName(),
                r.context(),
                null,
                r.supplierId(),
                r.assets().stream().map(RiskView.Ref::id).toList(),
                r.services().stream().map(RiskView.Ref::id).toList());
    }

    RiskInput withLinks(List<Long> assets, List<Long> services, Long supplier) {
        return new RiskInput(
                title,
                description,
                threat,
                vulnerability,
                orgUnitId,
                ownerUsername,
                ownerName,
                context,
                source,
                supplier,
                assets,
                services);
    }

    public RiskInput {
        assetIds = assetIds == null ? List.of() : assetIds.stream().distinct().toList();
        serviceIds =
                serviceIds == null ? List.of() : serviceIds.stream().distinct().toList();
    }
}
