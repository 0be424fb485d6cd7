package se.stockholm.varna.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The HTML form of a leverantör: raw text in, a command out. Contracts are numbered rows of three
 * fields (contractReference0, contractStartsOn0, contractEndsOn0, …); rows left empty are dropped and
 * the rest renumbered, so row i of the form is contract i of the command and of its field problems.
 */
record SupplierForm(Map<String, String> values, List<Row> contracts) {

    static final List<String> FIELDS =
            List.of("name", "organisationNumber", "orgUnitId", "dpaInPlace", "subprocessors", "version");

    /** Empty rows offered below the filled ones, for adding contracts. */
    static final int EMPTY_ROWS = 2;

    private static final int MAX_ROWS = 200;
    private static final String REFERENCE = "contractReference";
    private static final String STARTS_ON = "contractStartsOn";
    private static final String ENDS_ON = "contractEndsOn";
    private static final Pattern CONTRACT_FIELD = Pattern.compile("contracts\\[(\\d+)]\\.(reference|startsOn|endsOn)");

    /** One contract row as typed; {@code index} numbers its fields. */
    record Row(int index, String reference, String startsOn, String endsOn) {

        String startsOnField() {
            return STARTS_ON + index;
        }

        String endsOnField() {
            return ENDS_ON + index;
        }

        boolean isEmpty() {
            return reference.isBlank() && startsOn.isBlank() && endsOn.isBlank();
        }
    }

    SupplierForm {
        values = Map.copyOf(values);
        contracts = List.copyOf(contracts);
    }

    static SupplierForm of(Map<String, String> raw) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, text(raw.get(f))));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && raw.containsKey(REFERENCE + i); i++) {
            Row row = new Row(
                    rows.size(),
                    text(raw.get(REFERENCE + i)),
                    text(raw.get(STARTS_ON + i)),
                    text(raw.get(ENDS_ON + i)));
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return new SupplierForm(values, rows);
    }

    static SupplierForm of(SupplierView v) {
        Map<String, String> values = new HashMap<>();
        values.put("name", v.name());
        values.put("organisationNumber", text(v.organisationNumber()));
        values.put("orgUnitId", String.valueOf(v.orgUnitId()));
        values.put("dpaInPlace", v.dpaInPlace() ? "true" : "");
        values.put("subprocessors", text(v.subprocessors()));
        values.put("version", String.valueOf(v.version()));
        List<Row> rows = new ArrayList<>();
        for (SupplierInput.Contract c : v.contracts()) {
            rows.add(new Row(rows.size(), text(c.reference()), date(c.startsOn()), date(c.endsOn())));
        }
        return new SupplierForm(values, rows);
    }

    /** The rows to show: the filled ones and {@value #EMPTY_ROWS} empty ones. */
    List<Row> rowsToShow() {
        List<Row> shown = new ArrayList<>(contracts);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            shown.add(new Row(shown.size(), "", "", ""));
        }
        return shown;
    }

    SupplierInput toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        Long unit = null;
        try {
            unit = values.get("orgUnitId").isBlank() ? null : Long.valueOf(values.get("orgUnitId"));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("orgUnitId", "Välj en enhet i listan."));
        }
        List<SupplierInput.Contract> contracts = new ArrayList<>();
        for (Row r : this.contracts) {
            contracts.add(new SupplierInput.Contract(
                    r.reference(),
                    parse(r.startsOn(), r.startsOnField(), problems),
                    parse(r.endsOn(), r.endsOnField(), problems)));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return new SupplierInput(
                values.get("name"),
                values.get("organisationNumber"),
                unit,
                "true".equals(values.get("dpaInPlace")),
                values.get("subprocessors"),
                contracts);
    }

    long version() {
        try {
            return Long.parseLong(values.get("version"));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }

    /** The form field a problem of the service is about: contracts[1].endsOn is contractEndsOn1. */
    static String fieldOf(String problemField) {
        Matcher m = CONTRACT_FIELD.matcher(problemField);
        if (!m.matches()) {
            return problemField;
        }
        String prefix =
                switch (m.group(2)) {
                    case "reference" -> REFERENCE;
                    case "startsOn" -> STARTS_ON;
                    default -> ENDS_ON;
                };
        return prefix + m.group(1);
    }

    private static LocalDate parse(String value, String field, List<FieldProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Ange datumet som ÅÅÅÅ-MM-DD."));
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
