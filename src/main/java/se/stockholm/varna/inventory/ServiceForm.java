package se.stockholm.varna.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.stockholm.varna.shared.Problems;

/**
 * The HTML form of an it-tjänst: raw text in, a command out. Countries are typed as "US, IN"; each
 * "används av" unit is a checkbox named {@code usedBy.<id>}, kept here as a comma-separated list.
 */
record ServiceForm(Map<String, String> values) {

    static final List<String> FIELDS = List.of(
            "name",
            "description",
            "orgUnitId",
            "ownerUsername",
            "ownerName",
            "administrator",
            "supplierId",
            "hosting",
            "cloud",
            "countries",
            "usedBy",
            "version");

    private static final String USED_BY = "usedBy.";

    static ServiceForm of(Map<String, String> raw) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, raw.getOrDefault(f, "")));
        values.put(
                "usedBy",
                raw.keySet().stream()
                        .filter(k -> k.startsWith(USED_BY))
                        .map(k -> k.substring(USED_BY.length()))
                        .sorted()
                        .collect(Collectors.joining(",")));
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
        values.put("supplierId", v.supplierId() == null ? "" : String.valueOf(v.supplierId()));
        values.put(
                "usedBy", v.usedBy().stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(",")));
        values.put("hosting", v.hosting());
        values.put("cloud", v.cloud() ? "true" : "");
        values.put("countries", String.join(", ", v.countries()));
        values.put("version", String.valueOf(v.version()));
        return new ServiceForm(values);
    }

    ItServiceInput toInput() {
        Long unit = id("orgUnitId", "Välj en enhet i listan.");
        Long supplier = id("supplierId", "Välj en leverantör i listan.");
        List<Long> usedBy = new ArrayList<>();
        for (String u : values.get("usedBy").split(",")) {
            if (!u.isBlank()) {
                try {
                    usedBy.add(Long.valueOf(u));
                } catch (NumberFormatException e) {
                    throw Problems.invalidField("usedBy", "Välj enheter i listan.");
                }
            }
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
                supplier,
                values.get("hosting"),
                "true".equals(values.get("cloud")),
                countries,
                usedBy);
    }

    private Long id(String field, String message) {
        try {
            return values.get(field).isBlank() ? null : Long.valueOf(values.get(field));
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, message);
        }
    }

    long version() {
        try {
            return Long.parseLong(values.get("version"));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }
}
