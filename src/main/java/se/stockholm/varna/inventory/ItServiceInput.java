package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Command: the editable fields of an it-tjänst; {@code usedBy} are the org units that use it. */
public record ItServiceInput(
        String name,
        @Nullable String description,
        Long orgUnitId,
        String ownerUsername,
        @Nullable String ownerName,
        @Nullable String administrator,
        @Nullable Long supplierId,
        String hosting,
        boolean cloud,
        List<String> countries,
        List<Long> usedBy) {

    public ItServiceInput {
        countries = countries == null ? List.of() : List.copyOf(countries);
        usedBy = usedBy == null ? List.of() : usedBy.stream().distinct().toList();
    }

    String countriesText() {
        return countries.isEmpty() ? null : String.join(",", countries);
    }
}
