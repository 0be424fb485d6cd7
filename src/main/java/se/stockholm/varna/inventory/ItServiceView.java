package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An it-tjänst with the informationsmängder it processes that the reader may see. */
@Serdeable
public record ItServiceView(
        long id,
        String name,
        @Nullable String description,
        long orgUnitId,
        String orgUnitName,
        long responsibleOrgId,
        String responsibleOrgName,
        @Nullable String ownerUsername,
        @Nullable String ownerName,
        @Nullable String administrator,
        @Nullable Long supplierId,
        @Nullable String supplierName,
        String hosting,
        boolean cloud,
        List<String> countries,
        String status,
        List<NamedRef> informationAssets,
        List<NamedRef> usedBy,
        long version) {

    ItServiceView withLinks(List<NamedRef> assets, List<NamedRef> users) {
        return new ItServiceView(
                id,
                name,
                description,
                orgUnitId,
                orgUnitName,
                responsibleOrgId,
                responsibleOrgName,
                ownerUsername,
                ownerName,
                administrator,
                supplierId,
                supplierName,
                hosting,
                cloud,
                countries,
                status,
                assets,
                users,
                version);
    }

    /** A processed informationsmängd, or an org unit that uses the service, by id and name. */
    @Serdeable
    public record NamedRef(long id, String name) {}
}
