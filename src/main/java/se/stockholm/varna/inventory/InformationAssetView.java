package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** An informationsmängd as the adapters and the audit trail see it. */
@Serdeable
public record InformationAssetView(
        long id,
        String name,
        @Nullable String description,
        long orgUnitId,
        String orgUnitName,
        long responsibleOrgId,
        String responsibleOrgName,
        @Nullable String ownerUsername,
        @Nullable String ownerName,
        @Nullable String process,
        @Nullable String verksamhetsomrade,
        String personalData,
        @Nullable String sekretess,
        @Nullable String templateOrigin,
        String status,
        @Nullable LocalDate reviewDate,
        Instant updatedAt,
        long version) {}
