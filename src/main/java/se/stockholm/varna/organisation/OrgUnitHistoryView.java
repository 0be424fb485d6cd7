package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** An earlier name and place of a unit. */
public record OrgUnitHistoryView(
        String name,
        @Nullable Long parentId,
        @Nullable String parentName,
        LocalDate validFrom,
        LocalDate validTo,
        String changedBy) {}
