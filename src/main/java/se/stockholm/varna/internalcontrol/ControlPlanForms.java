package se.stockholm.varna.internalcontrol;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.shared.Problems;

/**
 * Reads the internkontroll forms: checkboxes are named {@code risk.<id>} and {@code period.<code>}
 * (a form body is one value per name), numbers and dates are checked with field messages.
 */
final class ControlPlanForms {

    private ControlPlanForms() {}

    static ControlPointInput point(Map<String, String> f) {
        List<Long> risks = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        for (String key : f.keySet()) {
            if (key.startsWith("risk.")) {
                risks.add(number(key.substring("risk.".length()), "riskIds"));
            } else if (key.startsWith("period.")) {
                periods.add(key.substring("period.".length()));
            }
        }
        return new ControlPointInput(
                f.get("title"),
                f.get("whatChecked"),
                f.get("method"),
                f.get("frequencyCode"),
                f.get("responsible"),
                risks,
                periods);
    }

    static List<String> periodCodes(Map<String, String> f) {
        return f.keySet().stream()
                .filter(k -> k.startsWith("period."))
                .map(k -> k.substring("period.".length()))
                .toList();
    }

    static long number(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "Välj ett värde i listan.");
        }
    }

    static Integer year(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField("year", "Ange året med fyra siffror.");
        }
    }

    /** A year from a query or a form that should not fail the page: null when unreadable. */
    static Integer yearOrNull(String value) {
        try {
            return year(value);
        } catch (se.stockholm.varna.shared.ProblemException e) {
            return null;
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "Ange datum som ÅÅÅÅ-MM-DD.");
        }
    }

    static long version(Map<String, String> f) {
        try {
            return Long.parseLong(f.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }
}
