package se.stockholm.varna.internalcontrol;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/** What the forms of the undantag pages send, turned into commands: each form posts to /undantag/{id}/{action}. */
@Singleton
class ExemptionActions {

    private final ExemptionChangeService changes;
    private final ExemptionDecisionService decisions;

    ExemptionActions(ExemptionChangeService changes, ExemptionDecisionService decisions) {
        this.changes = changes;
        this.decisions = decisions;
    }

    void perform(CurrentUser user, long id, String action, Map<String, String> f) {
        switch (action) {
            case "andra" -> changes.edit(user, id, request(f), version(f));
            case "skicka-in" -> changes.submit(user, id, version(f));
            case "aterkalla" -> changes.withdraw(user, id, version(f));
            case "skicka-tillbaka" -> decisions.sendBack(user, id, f.get("comment"), version(f));
            case "besluta" ->
                decisions.decide(
                        user,
                        id,
                        new ExemptionDecision(
                                f.get("outcome"), f.get("conditions"), date(f.get("validUntil")), f.get("reason")),
                        version(f));
            default -> throw Problems.notFound("Sidan");
        }
    }

    /** The request of the form; what does not parse is left out, so the rules name the field. */
    static ExemptionRequest request(Map<String, String> f) {
        return new ExemptionRequest(
                number(f.get("orgUnitId")),
                f.get("title"),
                f.get("requirementRef"),
                f.get("requirementCode"),
                f.get("deviation"),
                f.get("investigation"),
                f.get("implementationPlan"),
                f.get("sharedImpact"),
                date(f.get("requestedUntil")));
    }

    /** The form's values for an exemption as it is, to change it. */
    static Map<String, String> values(ExemptionView e) {
        Map<String, String> values = new HashMap<>();
        values.put("orgUnitId", String.valueOf(e.orgUnitId()));
        values.put("title", e.title());
        values.put("requirementRef", e.requirementRef());
        values.put("requirementCode", e.requirementCode());
        values.put("deviation", e.deviation());
        values.put("investigation", e.investigation());
        values.put("implementationPlan", e.implementationPlan());
        values.put("sharedImpact", e.sharedImpact());
        values.put("requestedUntil", String.valueOf(e.requestedUntil()));
        values.put("version", String.valueOf(e.version()));
        return values;
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long version(Map<String, String> f) {
        try {
            return Long.parseLong(f.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }
}
