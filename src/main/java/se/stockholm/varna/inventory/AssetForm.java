package se.stockholm.varna.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/** The HTML form of an informationsmängd: raw text in, a command out; unparsable input is a 400. */
record AssetForm(Map<String, String> values) {

    static final List<String> FIELDS = List.of(
            "name",
            "description",
            "orgUnitId",
            "ownerUsername",
            "ownerName",
            "process",
            "verksamhetsomrade",
            "personalData",
            "sekretess",
            "templateOrigin",
            "reviewDate",
            "version");

    static AssetForm of(Map<String, String> raw) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, raw.getOrDefault(f, "")));
        return new AssetForm(values);
    }

    static AssetForm of(InformationAssetView v) {
        Map<String, String> values = new HashMap<>();
        values.put("name", v.name());
        values.put("description", text(v.description()));
        values.put("orgUnitId", String.valueOf(v.orgUnitId()));
        values.put("ownerUsername", text(v.ownerUsername()));
        values.put("ownerName", text(v.ownerName()));
        values.put("process", text(v.process()));
        values.put("verksamhetsomrade", text(v.verksamhetsomrade()));
        values.put("personalData", v.personalData());
        values.put("sekretess", text(v.sekretess()));
        values.put("templateOrigin", text(v.templateOrigin()));
        values.put("reviewDate", v.reviewDate() == null ? "" : v.reviewDate().toString());
        values.put("version", String.valueOf(v.version()));
        return new AssetForm(values);
    }

    AssetInput toInput() {
        Long unit = null;
        LocalDate review = null;
        try {
            unit = values.get("orgUnitId").isBlank() ? null : Long.valueOf(values.get("orgUnitId"));
        } catch (NumberFormatException e) {
            throw Problems.invalidField("orgUnitId", "Välj en enhet i listan.");
        }
        try {
            review = values.get("reviewDate").isBlank() ? null : LocalDate.parse(values.get("reviewDate"));
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldProblem("reviewDate", "Ange datum som ÅÅÅÅ-MM-DD.")));
        }
        return new AssetInput(
                values.get("name"),
                values.get("description"),
                unit,
                values.get("ownerUsername"),
                values.get("ownerName"),
                values.get("process"),
                values.get("verksamhetsomrade"),
                values.get("personalData"),
                values.get("sekretess"),
                values.get("templateOrigin"),
                review);
    }

    long version() {
        try {
            return Long.parseLong(values.get("version"));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
