package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Command: the editable fields of an informationsmängd (register or change). */
public record AssetInput(
        String name,
        @Nullable String description,
        Long orgUnitId,
        String ownerUsername,
        @Nullable String ownerName,
        @Nullable String process,
        @Nullable String verksamhetsomrade,
        String personalData,
        @Nullable String sekretess,
        @Nullable String templateOrigin,
        @Nullable LocalDate reviewDate) {}
