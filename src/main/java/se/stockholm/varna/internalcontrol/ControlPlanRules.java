package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/** The rules of plans and kontrollmoment, without a database. */
final class ControlPlanRules {

    static final String DEFAULT_FREQUENCY = "ARLIGEN";
    static final String DEFAULT_METHOD =
            "Genomgång av riskens åtgärder och dokumentation, stickprov på att de tillämpas i verksamheten.";

    private ControlPlanRules() {}

    /** A risk carried into the plan from the väsentlighets- och riskanalys. */
    record SignificantRisk(long id, String title, String owner) {}

    /** The kontrollmoment a plan is pre-filled with for a väsentlig risk: editable like any other. */
    static ControlPointInput prefilled(SignificantRisk risk, List<String> periodCodes) {
        return new ControlPointInput(
                cut("Kontroll av risken: " + risk.title(), 200),
                cut(
                        "Att åtgärderna mot risken \u201d" + risk.title()
                                + "\u201d är genomförda och har avsedd effekt.",
                        2000),
                DEFAULT_METHOD,
                DEFAULT_FREQUENCY,
                cut(risk.owner(), 200),
                List.of(risk.id()),
                periodCodes);
    }

    static ControlPointInput normalised(ControlPointInput in) {
        return new ControlPointInput(
                strip(in.title()),
                strip(in.whatChecked()),
                strip(in.method()),
                strip(in.frequencyCode()),
                strip(in.responsible()),
                List.copyOf(new LinkedHashSet<>(in.riskIds())),
                List.copyOf(new LinkedHashSet<>(in.periodCodes())));
    }

    static List<FieldProblem> point(ControlPointInput in, Collection<String> frequencies, Set<String> yearPeriods) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", in.title(), 200, "Ange kontrollmomentet (högst 200 tecken).");
        text(problems, "whatChecked", in.whatChecked(), 2000, "Ange vad som kontrolleras (högst 2000 tecken).");
        text(problems, "method", in.method(), 1000, "Ange hur kontrollen görs (högst 1000 tecken).");
        text(problems, "responsible", in.responsible(), 200, "Ange vem som ansvarar för kontrollen.");
        if (in.frequencyCode() == null || !frequencies.contains(in.frequencyCode())) {
            problems.add(new FieldProblem("frequencyCode", "Välj hur ofta kontrollen görs."));
        }
        if (in.periodCodes().isEmpty() || !yearPeriods.containsAll(in.periodCodes())) {
            problems.add(new FieldProblem(
                    "periodCodes", "Välj minst en av årets perioder (" + String.join(", ", yearPeriods) + ")."));
        }
        return problems;
    }

    static List<FieldProblem> establishing(
            @Nullable LocalDate decidedOn, @Nullable String reference, int year, LocalDate today, int points) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decidedOn == null || decidedOn.isAfter(today) || decidedOn.getYear() < year - 1) {
            problems.add(new FieldProblem(
                    "decidedOn", "Ange datumet för nämndens beslut: senast i dag och tidigast året före planåret."));
        }
        if (reference != null && reference.length() > 200) {
            problems.add(new FieldProblem("decisionReference", "Högst 200 tecken."));
        }
        if (points == 0) {
            problems.add(new FieldProblem("points", "En plan utan kontrollmoment kan inte fastställas."));
        }
        return problems;
    }

    static List<FieldProblem> revisionReason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            return List.of(
                    new FieldProblem("reason", "Ange varför den fastställda planen revideras (högst 2000 tecken)."));
        }
        return List.of();
    }

    @Nullable
    static String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void text(
            List<FieldProblem> problems, String field, @Nullable String value, int max, String message) {
        if (value == null || value.isBlank() || value.length() > max) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
