package se.stockholm.varna.inventory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.stockholm.varna.shared.Problems;

/** The HTML form of an it-tjänst: raw text in, a command out. Countries are typed as "US, IN". */
record ServiceForm(Map<String, String> values) {

    static final List<String> FIELDS = List.of(
            "name",
            "description",
            "orgUnitId",
            "ownerUsername",
            "ownerName",
            "administrator",
            "hosting",
            "cloud",
            "countries",
            "version");

    static ServiceForm of(Map<String, String> raw) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, raw.getOrDefault(f, "")));
        return new ServiceForm(values);
    }

    static ServiceForm of(ItServiceView v) {
        Map<String, String> values = new HashMap<>();
        values.put("name", v.name());
        values.put("description", v.description() == null ? "" : v.description());
        values.put("orgUnitId", String.valueOf(v.orgUnitId()));
        values.put("ownerUsername", v.ownerUsername() == null ? "" : v.ownerUsername());
        values.put("ownerName", v.ownerName() == null ? "" : v.ownerName());
        values.put("administrator", v.administrator() == null ? "" : v.administrator());
        values.put("hosting", v.hosting());
        values.put("cloud", v.cloud() ? "true" : "");
        values.put("countries", String.join(", ", v.countries()));
        values.put("version", String.valueOf(v.version()));
        return new ServiceForm(values);
    }

    ItServiceInput toInput() {
        Long unit;
        try {
            unit = values.get("orgUnitId").isBlank() ? null : Long.valueOf(values.get("orgUnitId"));
        } catch (NumberFormatException e) {
            throw Problems.invalidField("orgUnitId", "Välj en enhet i listan.");
        }
        List<String> countries = Arrays.stream(values.get("countries").split("[,\\s]+"))
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty())
                .toList();
        return new ItServiceInput(
                values.get("name"),
                values.get("description"),
                unit,
                values.get("ownerUsername"),
                values.get("ownerName"),
                values.get("administrator"),
                values.get("hosting"),
                "true".equals(values.get("cloud")),
                countries);
    }

    long version() {
        try {
            return Long.parseLong(values.get("version"));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }
}
