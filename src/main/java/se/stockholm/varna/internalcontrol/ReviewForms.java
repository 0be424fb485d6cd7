package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.shared.Problems;

/** What the HTML forms of the granskningar pages post, as the services' inputs; and back, to fill a form. */
final class ReviewForms {

    private ReviewForms() {}

    static ReviewInput review(Map<String, String> f) {
        return new ReviewInput(
                blankToNull(f.get("kind")),
                "true".equals(f.get("independent")),
                f.get("title"),
                f.get("scope"),
                id(f.get("orgUnitId"), "orgUnitId"),
                f.get("auditorName"),
                f.get("auditorOrganisation"),
                date(f.get("plannedOn"), "plannedOn"),
                date(f.get("startedOn"), "startedOn"),
                date(f.get("endedOn"), "endedOn"),
                blankToNull(f.get("status")),
                f.get("reportReference"));
    }

    static FindingInput finding(Map<String, String> f) {
        return new FindingInput(
                f.get("title"),
                f.get("observation"),
                blankToNull(f.get("severity")),
                f.get("recommendation"),
                id(f.get("orgUnitId"), "orgUnitId"),
                "true".equals(f.get("raiseRisk")));
    }

    /** A review as the values of its form. */
    static Map<String, String> values(ReviewView r) {
        Map<String, String> v = new HashMap<>();
        v.put("kind", r.kind());
        v.put("independent", String.valueOf(r.independent()));
        v.put("title", r.title());
        v.put("scope", r.scope());
        v.put("orgUnitId", String.valueOf(r.orgUnitId()));
        v.put("auditorName", r.auditorName());
        v.put("auditorOrganisation", text(r.auditorOrganisation()));
        v.put("plannedOn", text(r.plannedOn()));
        v.put("startedOn", text(r.startedOn()));
        v.put("endedOn", text(r.endedOn()));
        v.put("status", r.status());
        v.put("reportReference", text(r.reportReference()));
        v.put("version", String.valueOf(r.version()));
        return v;
    }

    /** A finding as the values of its edit form. */
    static Map<String, String> values(FindingView f) {
        Map<String, String> v = new HashMap<>();
        v.put("title", f.title());
        v.put("observation", f.observation());
        v.put("severity", f.severityCode());
        v.put("recommendation", text(f.recommendation()));
        v.put("orgUnitId", String.valueOf(f.orgUnitId()));
        v.put("raiseRisk", String.valueOf(f.raiseRisk()));
        return v;
    }

    @Nullable
    static Long id(@Nullable String value, String field) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "Välj ett värde i listan.");
        }
    }

    /** The version a form was read at, or null when missing (the service then answers 409). */
    @Nullable
    static Long version(Map<String, String> f) {
        try {
            String value = f.get("version");
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    static LocalDate date(@Nullable String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "Ange datum som ÅÅÅÅ-MM-DD.");
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
