package se.stockholm.varna.internalcontrol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.stockholm.varna.shared.FieldProblem;

/** Checks of undantag requests and decisions that need no database, and the states they allow. */
final class ExemptionRules {

    /** An exemption is time-boxed (R7.7): asked for and granted for at most this many years ahead. */
    static final int MAX_YEARS = 3;

    static final int MAX_TEXT = 10_000;
    static final List<String> STATUSES = List.of(
            ExemptionView.DRAFT,
            ExemptionView.SUBMITTED,
            ExemptionView.SENT_BACK,
            ExemptionView.GRANTED,
            ExemptionView.REJECTED,
            ExemptionView.WITHDRAWN);
    static final Set<String> OUTCOMES = Set.of(ExemptionView.GRANTED, ExemptionView.REJECTED);
    static final String INVESTIGATION_MISSING =
            "En utredning och konsekvensbeskrivning krävs innan undantaget kan beslutas: beskriv vilka risker"
                    + " avsteget medför, för vilken information, och hur de hanteras.";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,19}");

    private ExemptionRules() {}

    static List<FieldProblem> request(ExemptionRequest in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.title()) || in.title().strip().length() > 200) {
            problems.add(new FieldProblem("title", "Ange en rubrik för undantaget (högst 200 tecken)."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem(
                    "orgUnitId", "Välj den organisation som ansöker om undantaget, eller en enhet under den."));
        }
        if (blank(in.requirementRef()) || in.requirementRef().strip().length() > 500) {
            problems.add(
                    new FieldProblem(
                            "requirementRef",
                            "Ange vilket krav i riktlinjen eller tillämpningsanvisningen undantaget gäller (högst 500 tecken)."));
        }
        if (!blank(in.requirementCode())
                && !CODE.matcher(in.requirementCode().strip()).matches()) {
            problems.add(new FieldProblem(
                    "requirementCode", "Ange en kravkod ur kravkatalogen, t.ex. K2-04, eller lämna fältet tomt."));
        }
        if (blank(in.deviation()) || in.deviation().length() > MAX_TEXT) {
            problems.add(new FieldProblem(
                    "deviation", "Beskriv vad som avviker från kravet och varför (högst 10 000 tecken)."));
        }
        if (blank(in.investigation())) {
            problems.add(new FieldProblem("investigation", INVESTIGATION_MISSING));
        } else if (in.investigation().length() > MAX_TEXT) {
            problems.add(new FieldProblem("investigation", "Högst 10 000 tecken."));
        }
        if (in.implementationPlan() != null && in.implementationPlan().length() > MAX_TEXT) {
            problems.add(new FieldProblem("implementationPlan", "Högst 10 000 tecken."));
        }
        if (in.sharedImpact() != null && in.sharedImpact().length() > MAX_TEXT) {
            problems.add(new FieldProblem("sharedImpact", "Högst 10 000 tecken."));
        }
        if (!withinTimeBox(in.requestedUntil(), today)) {
            problems.add(new FieldProblem(
                    "requestedUntil",
                    "Ange till och med vilket datum undantaget behövs: ett datum efter i dag och högst " + MAX_YEARS
                            + " år fram."));
        }
        return problems;
    }

    static List<FieldProblem> decision(ExemptionDecision d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.outcome() == null || !OUTCOMES.contains(d.outcome())) {
            problems.add(new FieldProblem("outcome", "Välj om undantaget beviljas eller avslås."));
            return problems;
        }
        if (ExemptionView.GRANTED.equals(d.outcome()) && !withinTimeBox(d.validUntil(), today)) {
            problems.add(new FieldProblem(
                    "validUntil",
                    "Ange till och med vilket datum undantaget gäller: ett datum efter i dag och högst " + MAX_YEARS
                            + " år fram."));
        }
        if (ExemptionView.REJECTED.equals(d.outcome()) && blank(d.reason())) {
            problems.add(new FieldProblem("reason", "Motivera varför undantaget avslås."));
        }
        if (d.reason() != null && d.reason().length() > 4000) {
            problems.add(new FieldProblem("reason", "Högst 4000 tecken."));
        }
        if (d.conditions() != null && d.conditions().length() > 4000) {
            problems.add(new FieldProblem("conditions", "Högst 4000 tecken."));
        }
        return problems;
    }

    static List<FieldProblem> sendBack(String comment) {
        if (blank(comment) || comment.strip().length() > 2000) {
            return List.of(new FieldProblem(
                    "comment", "Skriv vad den som ansöker behöver komplettera med (högst 2000 tecken)."));
        }
        return List.of();
    }

    /** Utgånget: beviljat, and its last valid day lies before today. */
    static boolean expired(String status, LocalDate validUntil, LocalDate today) {
        return ExemptionView.GRANTED.equals(status) && validUntil != null && validUntil.isBefore(today);
    }

    /** The requester edits and submits a draft, or one sent back for komplettering. */
    static boolean editable(String status) {
        return ExemptionView.DRAFT.equals(status) || ExemptionView.SENT_BACK.equals(status);
    }

    /** The requester withdraws any request that is not decided. */
    static boolean withdrawable(String status) {
        return editable(status) || ExemptionView.SUBMITTED.equals(status);
    }

    /** Beviljat, avslaget and återkallat exemptions never change again. */
    static boolean closed(String status) {
        return !withdrawable(status);
    }

    static boolean withinTimeBox(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today) && !date.isAfter(today.plusYears(MAX_YEARS));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
