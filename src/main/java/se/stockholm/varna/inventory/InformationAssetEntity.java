package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of information_asset. Times are UTC LocalDateTime: DATETIME columns, no time-zone conversion. */
@MappedEntity("information_asset")
record InformationAssetEntity(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String description,
        Long orgUnitId,
        Long responsibleOrgId,
        @Nullable String ownerUsername,
        @Nullable String ownerName,
        @Nullable String process,
        @Nullable String verksamhetsomrade,
        String personalData,
        @Nullable String sekretess,
        @Nullable String templateOrigin,
        String status,
        @Nullable LocalDate reviewDate,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    static final String ACTIVE = "AKTIV";
    static final String RETIRED = "AVVECKLAD";

    InformationAssetEntity with(AssetInput in, long responsibleOrg, LocalDateTime now, long expectedVersion) {
        return new InformationAssetEntity(
                id,
                in.name(),
                in.description(),
                in.orgUnitId(),
                responsibleOrg,
                in.ownerUsername(),
                in.ownerName(),
                in.process(),
                in.verksamhetsomrade(),
                in.personalData(),
                in.sekretess(),
                in.templateOrigin(),
                status,
                in.reviewDate(),
                createdAt,
                now,
                expectedVersion);
    }

    InformationAssetEntity retired(LocalDateTime now, long expectedVersion) {
        return new InformationAssetEntity(
                id,
                name,
                description,
                orgUnitId,
                responsibleOrgId,
                ownerUsername,
                ownerName,
                process,
                verksamhetsomrade,
                personalData,
                sekretess,
                templateOrigin,
                RETIRED,
                reviewDate,
                createdAt,
                now,
                expectedVersion);
    }
}
