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
        String hosting,
        boolean cloud,
        List<String> countries,
        String status,
        List<LinkedAsset> informationAssets,
        long version) {

    /** A processed informationsmängd, by id and name. */
    @Serdeable
    public record LinkedAsset(long id, String name) {}
}
