package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import se.stockholm.varna.shared.FieldProblem;

/**
 * The handlingsplan rules, free of storage: which requirements apply at which levels, the
 * fulfilment rate (ADR 0009), what a self-assessment must say, and when cloud or third-country
 * hosting needs an informationsägare decision (R1.35).
 */
final class ActionPlanRules {

    static final int MAX_COMMENT = 2000;
    static final int MAX_DECISION_TEXT = 4000;

    /** From this K level on, cloud or third-country hosting needs a decision even without personal data. */
    static final int DECISION_K_LEVEL = 2;

    private ActionPlanRules() {}

    /**
     * The requirements whose aspect's required level is at least their minimum level and is a level
     * the catalogue covers ({@code inCatalogue} is false for 4: säkerhetsskydd, a separate analysis).
     */
    static List<Requirement> applicable(
            List<Requirement> catalogue, Map<String, Integer> required, IntPredicate inCatalogue) {
        return catalogue.stream()
                .filter(r -> {
                    int level = required.getOrDefault(r.aspect(), 0);
                    return inCatalogue.test(level) && level >= r.minLevel();
                })
                .toList();
    }

    /** The fulfilment of the applicable requirements from their statuses (null: not assessed). */
    static FulfilmentView fulfilment(Collection<String> statuses) {
        int fulfilled = 0;
        int partial = 0;
        int notFulfilled = 0;
        int notApplicable = 0;
        for (String status : statuses) {
            if (ActionPlanView.FULFILLED.equals(status)) {
                fulfilled++;
            } else if (ActionPlanView.PARTIAL.equals(status)) {
                partial++;
            } else if (ActionPlanView.NOT_FULFILLED.equals(status)) {
                notFulfilled++;
            } else if (ActionPlanView.NOT_APPLICABLE.equals(status)) {
                notApplicable++;
            }
        }
        return FulfilmentView.of(statuses.size(), fulfilled, partial, notFulfilled, notApplicable);
    }

    /** A known status; a comment for everything but UPPFYLLT (what is missing, or why it does not apply). */
    static List<FieldProblem> assessmentProblems(@Nullable String status, @Nullable String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = comment == null ? "" : comment.strip();
        if (status == null || !ActionPlanView.STATUSES.contains(status)) {
            problems.add(new FieldProblem("status", "Välj uppfyllt, delvis, ej uppfyllt eller ej tillämpligt."));
        } else if (text.isEmpty() && ActionPlanView.NOT_APPLICABLE.equals(status)) {
            problems.add(new FieldProblem("comment", "Motivera varför kravet inte är tillämpligt för it-tjänsten."));
        } else if (text.isEmpty() && !ActionPlanView.FULFILLED.equals(status)) {
            problems.add(new FieldProblem("comment", "Beskriv vad som saknas för att kravet ska vara uppfyllt."));
        }
        if (text.length() > MAX_COMMENT) {
            problems.add(new FieldProblem("comment", "Kommentaren får vara högst 2000 tecken."));
        }
        return problems;
    }

    /** Cloud or third country, processing K ≥ 2 or personal data: the hosting is the owner's decision. */
    static boolean decisionRelevant(boolean cloud, boolean thirdCountry, int requiredK, boolean personalData) {
        return (cloud || thirdCountry) && (requiredK >= DECISION_K_LEVEL || personalData);
    }

    /** Relevant, and the latest decision (if any) was about another hosting, cloud flag or countries. */
    static boolean needsDecision(
            boolean relevant,
            @Nullable HostingDecisionView.Snapshot latest,
            String hosting,
            boolean cloud,
            List<String> countries) {
        return relevant && (latest == null || !latest.covers(hosting, cloud, countries));
    }

    /** Approval needs its conditions, rejection its motivation. */
    static List<FieldProblem> decisionProblems(
            @Nullable String outcome, @Nullable String conditions, @Nullable String motivation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (HostingDecisionView.APPROVED_WITH_CONDITIONS.equals(outcome)) {
            text(problems, "conditions", conditions, "Ange villkoren för godkännandet.");
        } else if (HostingDecisionView.REJECTED.equals(outcome)) {
            text(problems, "motivation", motivation, "Motivera varför driften inte godkänns.");
        } else {
            problems.add(new FieldProblem("outcome", "Välj godkänd med villkor eller avslagen."));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, String missing) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
        } else if (text.length() > MAX_DECISION_TEXT) {
            problems.add(new FieldProblem(field, "Texten får vara högst 4000 tecken."));
        }
    }
}
