package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** An earlier name and place of a unit, valid from–to (both inclusive). */
@MappedEntity("org_unit_history")
record OrgUnitHistoryEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long orgUnitId,
        String name,
        @Nullable Long parentId,
        LocalDate validFrom,
        LocalDate validTo,
        String changedBy,
        Instant changedAt) {}
