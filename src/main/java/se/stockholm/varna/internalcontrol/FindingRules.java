package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.stockholm.varna.shared.FieldProblem;

/**
 * Checks of an iakttagelse that need no database: what the reviewer records, what the organisation
 * answers and plans, and what the reviewer states on closing. The one who answered a finding does
 * not close it: self-assessment and review stay apart (R5.33).
 */
final class FindingRules {

    static final List<String> ACTION_STATUSES = List.of("PLANERAD", "PAGAR", "KLAR", "STRUKEN");
    static final int MAX_CLOSING = 2000;

    private FindingRules() {}

    static List<FieldProblem> finding(FindingInput in, Collection<String> severities) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ReviewRules.tooLong(in.title(), ReviewRules.MAX_TITLE, true)) {
            problems.add(new FieldProblem("title", "Ange en rubrik för iakttagelsen (högst 200 tecken)."));
        }
        if (ReviewRules.tooLong(in.observation(), ReviewRules.MAX_TEXT, true)) {
            problems.add(new FieldProblem("observation", "Beskriv vad som iakttogs (högst 4000 tecken)."));
        }
        if (in.severityCode() == null || !severities.contains(in.severityCode())) {
            problems.add(new FieldProblem("severity", "Välj en allvarlighetsgrad i listan."));
        }
        if (ReviewRules.tooLong(in.recommendation(), ReviewRules.MAX_TEXT, false)) {
            problems.add(new FieldProblem("recommendation", "Högst 4000 tecken."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem(
                    "orgUnitId",
                    "Välj den organisation som ska besvara iakttagelsen: den granskade eller en enhet under den."));
        }
        return problems;
    }

    static FindingInput normalized(FindingInput in) {
        return new FindingInput(
                ReviewRules.strip(in.title()),
                ReviewRules.strip(in.observation()),
                in.severityCode(),
                ReviewRules.strip(in.recommendation()),
                in.orgUnitId(),
                in.raiseRisk());
    }

    static List<FieldProblem> response(@Nullable String text) {
        return ReviewRules.tooLong(text, ReviewRules.MAX_TEXT, true)
                ? List.of(new FieldProblem(
                        "response", "Skriv organisationens svar: vad ni gör åt iakttagelsen (högst 4000 tecken)."))
                : List.of();
    }

    static List<FieldProblem> closing(@Nullable String comment) {
        return ReviewRules.tooLong(comment, MAX_CLOSING, true)
                ? List.of(new FieldProblem(
                        "comment", "Beskriv vad du har kontrollerat innan iakttagelsen stängs (högst 2000 tecken)."))
                : List.of();
    }

    /** Only an answered finding is closed: the reviewer verifies an answer, not the absence of one. */
    static boolean closable(String status) {
        return FindingView.ANSWERED.equals(status);
    }

    /** The one who answered does not also verify the answer. */
    static boolean closesOwnAnswer(@Nullable String respondedBy, String username) {
        return username.equals(respondedBy);
    }

    static List<FieldProblem> action(
            @Nullable String title, @Nullable String responsible, @Nullable LocalDate dueOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ReviewRules.tooLong(title, ReviewRules.MAX_TITLE, true)) {
            problems.add(new FieldProblem("title", "Ange vad som ska göras (högst 200 tecken)."));
        }
        if (ReviewRules.tooLong(responsible, ReviewRules.MAX_NAME, true)) {
            problems.add(new FieldProblem("responsible", "Ange vem som ansvarar för åtgärden (högst 200 tecken)."));
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            problems.add(new FieldProblem("dueOn", "Ange ett slutdatum från och med i dag."));
        }
        return problems;
    }

    static List<FieldProblem> actionStatus(@Nullable String status) {
        return status != null && ACTION_STATUSES.contains(status)
                ? List.of()
                : List.of(new FieldProblem("status", "Välj planerad, pågår, klar eller struken."));
    }
}
