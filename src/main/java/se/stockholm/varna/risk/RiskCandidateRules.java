package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/**
 * The candidate rules, free of storage. Syncing with the current causes: a new cause raises a
 * candidate (NY); a NY candidate whose cause went away becomes INAKTUELL, and one whose cause changed
 * follows it; an INAKTUELL candidate whose cause is back is NY again; a dismissed (AVFARDAD) one
 * returns as NY only when its cause's state differs from the one it was dismissed on; a RISK
 * candidate stays RISK. Triage: what a dismissal and an acceptance must say.
 */
final class RiskCandidateRules {

    static final int MAX_MOTIVATION = 2000;
    /** The contexts a candidate's risk can have: its own line operations, or the supplier's. */
    static final Set<String> ACCEPT_CONTEXTS = Set.of("LINJEVERKSAMHET", "LEVERANTOR");

    private RiskCandidateRules() {}

    enum Action {
        /** insert a NY candidate */
        RAISE,
        /** AVFARDAD or INAKTUELL back to NY with the new state */
        REOPEN,
        /** a NY candidate follows its changed cause (state, title, detail or unit) */
        REFRESH,
        /** NY to INAKTUELL: the cause went away before triage */
        OUTDATE
    }

    /** What the sync needs of a stored candidate. */
    record Stored(
            long id,
            String causeKey,
            String causeState,
            String status,
            long orgUnitId,
            String title,
            @Nullable String detail,
            long version) {}

    /** One change to make: {@code stored} is null for RAISE, {@code cause} null for OUTDATE. */
    record Change(Action action, @Nullable Stored stored, @Nullable RiskCandidateCause cause) {}

    /** The changes that bring the stored candidates in line with the causes, by cause key. */
    static List<Change> changes(Collection<Stored> stored, Collection<RiskCandidateCause> causes) {
        Map<String, Stored> byKey = new LinkedHashMap<>();
        stored.forEach(s -> byKey.put(s.causeKey(), s));
        Map<String, RiskCandidateCause> current = new LinkedHashMap<>();
        causes.forEach(c -> current.putIfAbsent(c.key(), c));
        List<Change> changes = new ArrayList<>();
        for (RiskCandidateCause cause : current.values()) {
            Stored s = byKey.get(cause.key());
            Action action = s == null ? Action.RAISE : forPresentCause(s, cause);
            if (action != null) {
                changes.add(new Change(action, s, cause));
            }
        }
        for (Stored s : byKey.values()) {
            if (RiskCandidateView.NEW.equals(s.status()) && !current.containsKey(s.causeKey())) {
                changes.add(new Change(Action.OUTDATE, s, null));
            }
        }
        changes.sort(Comparator.comparing(RiskCandidateRules::key));
        return changes;
    }

    @Nullable
    private static Action forPresentCause(Stored s, RiskCandidateCause cause) {
        return switch (s.status()) {
            case RiskCandidateView.NEW -> differs(s, cause) ? Action.REFRESH : null;
            case RiskCandidateView.OUTDATED -> Action.REOPEN;
            case RiskCandidateView.DISMISSED -> s.causeState().equals(cause.state()) ? null : Action.REOPEN;
            default -> null;
        };
    }

    private static boolean differs(Stored s, RiskCandidateCause cause) {
        return !s.causeState().equals(cause.state())
                || !s.title().equals(cause.title())
                || !Objects.equals(s.detail(), cause.detail())
                || s.orgUnitId() != cause.orgUnitId();
    }

    private static String key(Change c) {
        return c.cause() != null ? c.cause().key() : c.stored().causeKey();
    }

    /** A dismissal needs a motivation of at most 2000 characters. */
    static List<FieldProblem> dismissal(@Nullable String motivation) {
        String text = motivation == null ? "" : motivation.strip();
        if (text.isEmpty()) {
            return List.of(new FieldProblem("motivation", "Motivera varför kandidaten inte är en risk."));
        }
        if (text.length() > MAX_MOTIVATION) {
            return List.of(new FieldProblem("motivation", "Motiveringen får vara högst 2000 tecken."));
        }
        return List.of();
    }

    /** An acceptance names the context; owner and title are checked as for every risk. */
    static List<FieldProblem> acceptance(@Nullable String context) {
        return context != null && ACCEPT_CONTEXTS.contains(context)
                ? List.of()
                : List.of(new FieldProblem("context", "Välj sammanhang: linjeverksamhet eller leverantör."));
    }
}
