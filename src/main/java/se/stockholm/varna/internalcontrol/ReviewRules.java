package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/** Checks of a granskning that need no database: what it must say, its dates and its status. */
final class ReviewRules {

    static final Set<String> KINDS = Set.of(ReviewView.INTERNAL, ReviewView.EXTERNAL);
    static final List<String> STATUSES = List.of(ReviewView.PLANNED, ReviewView.ONGOING, ReviewView.ENDED);
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_REFERENCE = 500;

    private ReviewRules() {}

    static List<FieldProblem> review(ReviewInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.kind() == null || !KINDS.contains(in.kind())) {
            problems.add(new FieldProblem("kind", "Välj intern granskning eller extern revision."));
        }
        if (tooLong(in.title(), MAX_TITLE, true)) {
            problems.add(new FieldProblem("title", "Ange en rubrik för granskningen (högst 200 tecken)."));
        }
        if (tooLong(in.scope(), MAX_TEXT, true)) {
            problems.add(new FieldProblem("scope", "Beskriv vad som granskas (högst 4000 tecken)."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "Välj den granskade organisationen eller en enhet under den."));
        }
        if (tooLong(in.auditorName(), MAX_NAME, true)) {
            problems.add(new FieldProblem("auditorName", "Ange vem som granskar (högst 200 tecken)."));
        }
        if (tooLong(in.auditorOrganisation(), MAX_NAME, ReviewView.EXTERNAL.equals(in.kind()))) {
            problems.add(new FieldProblem(
                    "auditorOrganisation",
                    "Ange revisionsbyrå eller myndighet för en extern revision (högst 200 tecken)."));
        }
        if (tooLong(in.reportReference(), MAX_REFERENCE, false)) {
            problems.add(new FieldProblem("reportReference", "Högst 500 tecken."));
        }
        if (in.status() == null || !STATUSES.contains(in.status())) {
            problems.add(new FieldProblem("status", "Välj planerad, pågår eller avslutad."));
        } else {
            problems.addAll(dates(in));
        }
        return problems;
    }

    /** A review under way has started; an ended one has ended, not before it started; only it has ended. */
    static List<FieldProblem> dates(ReviewInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ReviewView.PLANNED.equals(in.status()) && in.startedOn() == null) {
            problems.add(new FieldProblem("startedOn", "Ange när granskningen startade."));
        }
        if (ReviewView.ENDED.equals(in.status()) && in.endedOn() == null) {
            problems.add(new FieldProblem("endedOn", "Ange när granskningen avslutades."));
        } else if (!ReviewView.ENDED.equals(in.status()) && in.endedOn() != null) {
            problems.add(new FieldProblem("endedOn", "Ange slutdatum bara för en avslutad granskning."));
        } else if (in.endedOn() != null
                && in.startedOn() != null
                && in.endedOn().isBefore(in.startedOn())) {
            problems.add(new FieldProblem("endedOn", "Slutdatum kan inte vara före startdatum."));
        }
        return problems;
    }

    /** An ended review's report is final: it is not reopened (that would let findings be added later). */
    static boolean reopens(String from, @Nullable String to) {
        return ReviewView.ENDED.equals(from) && !ReviewView.ENDED.equals(to);
    }

    /** The input with its texts stripped and blank optional texts as null. */
    static ReviewInput normalized(ReviewInput in) {
        return new ReviewInput(
                in.kind(),
                in.independent(),
                strip(in.title()),
                strip(in.scope()),
                in.orgUnitId(),
                strip(in.auditorName()),
                strip(in.auditorOrganisation()),
                in.plannedOn(),
                in.startedOn(),
                in.endedOn(),
                in.status(),
                strip(in.reportReference()));
    }

    /** Blank when required, or longer than max after stripping. */
    static boolean tooLong(@Nullable String text, int max, boolean required) {
        return blank(text) ? required : text.strip().length() > max;
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @Nullable
    static String strip(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
