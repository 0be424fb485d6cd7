package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/** The rules of an uppföljning, without a database. */
final class FollowUpRules {

    static final String NO_REMARKS = "UTAN_ANMARKNING";
    static final String DEVIATION = "MED_AVVIKELSE";
    static final String NOT_DONE = "EJ_GENOMFORD";
    static final Set<String> RESULTS = Set.of(NO_REMARKS, DEVIATION, NOT_DONE);

    private FollowUpRules() {}

    static FollowUpInput normalised(FollowUpInput in) {
        return new FollowUpInput(
                ControlPlanRules.strip(in.result()),
                ControlPlanRules.strip(in.comment()),
                ControlPlanRules.strip(in.evidenceUrl()));
    }

    static List<FieldProblem> check(FollowUpInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.result() == null || !RESULTS.contains(in.result())) {
            problems.add(new FieldProblem("result", "Välj utan anmärkning, med avvikelse eller ej genomförd."));
        } else if (!NO_REMARKS.equals(in.result()) && in.comment() == null) {
            problems.add(new FieldProblem("comment", "Beskriv avvikelsen eller varför kontrollen inte genomfördes."));
        }
        if (in.comment() != null && in.comment().length() > 4000) {
            problems.add(new FieldProblem("comment", "Högst 4000 tecken."));
        }
        if (in.evidenceUrl() != null && !webLink(in.evidenceUrl())) {
            problems.add(new FieldProblem(
                    "evidenceUrl", "Ange en webbadress som börjar med https:// eller http:// (högst 1000 tecken)."));
        }
        return problems;
    }

    /** Whether a follow-up with this result may plan corrective åtgärder. */
    static boolean needsCorrection(String result) {
        return DEVIATION.equals(result) || NOT_DONE.equals(result);
    }

    static boolean webLink(@Nullable String text) {
        if (text == null || text.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
