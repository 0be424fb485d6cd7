package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of it_service. Times are UTC; countries are ISO codes, comma separated. */
@MappedEntity("it_service")
record ItServiceEntity(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String description,
        Long orgUnitId,
        Long responsibleOrgId,
        @Nullable String ownerUsername,
        @Nullable String ownerName,
        @Nullable String administrator,
        @Nullable Long supplierId,
        String hosting,
        boolean cloud,
        @Nullable String countries,
        String status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    ItServiceEntity with(ItServiceInput in, long responsibleOrg, LocalDateTime now, long expectedVersion) {
        return new ItServiceEntity(
                id,
                in.name(),
                in.description(),
                in.orgUnitId(),
                responsibleOrg,
                in.ownerUsername(),
                in.ownerName(),
                in.administrator(),
                in.supplierId(),
                in.hosting(),
                in.cloud(),
                in.countriesText(),
                status,
                createdAt,
                now,
                expectedVersion);
    }

    ItServiceEntity retired(LocalDateTime now, long expectedVersion) {
        return new ItServiceEntity(
                id,
                name,
                description,
                orgUnitId,
                responsibleOrgId,
                ownerUsername,
                ownerName,
                administrator,
                supplierId,
                hosting,
                cloud,
                countries,
                InformationAssetEntity.RETIRED,
                createdAt,
                now,
                expectedVersion);
    }
}
