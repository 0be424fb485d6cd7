package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of supplier. Times are UTC. */
@MappedEntity("supplier")
record SupplierEntity(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String organisationNumber,
        Long orgUnitId,
        Long responsibleOrgId,
        boolean dpaInPlace,
        @Nullable String subprocessors,
        String status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    SupplierEntity with(SupplierInput in, long responsibleOrg, LocalDateTime now, long expectedVersion) {
        return new SupplierEntity(
                id,
                in.name(),
                in.organisationNumber(),
                in.orgUnitId(),
                responsibleOrg,
                in.dpaInPlace(),
                in.subprocessors(),
                status,
                createdAt,
                now,
                expectedVersion);
    }

    SupplierEntity retired(LocalDateTime now, long expectedVersion) {
        return new SupplierEntity(
                id,
                name,
                organisationNumber,
                orgUnitId,
                responsibleOrgId,
                dpaInPlace,
                subprocessors,
                InformationAssetEntity.RETIRED,
                createdAt,
                now,
                expectedVersion);
    }
}
