package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Command: the editable fields of an it-tjänst. */
public record ItServiceInput(
        String name,
        @Nullable String description,
        Long orgUnitId,
        String ownerUsername,
        @Nullable String ownerName,
        @Nullable String administrator,
        String hosting,
        boolean cloud,
        List<String> countries) {

    public ItServiceInput {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    String countriesText() {
        return countries.isEmpty() ? null : String.join(",", countries);
    }
}
