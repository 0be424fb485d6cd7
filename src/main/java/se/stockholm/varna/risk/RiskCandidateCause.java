package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import se.stockholm.varna.classification.ActionPlanGap;
import se.stockholm.varna.classification.HostingDecisionNeed;

/**
 * Why a risk candidate exists right now: a stable key (one candidate per cause, ever), the cause's
 * state (a dismissed candidate returns only when it changes), where it belongs, and the title and
 * detail the candidate shows and the risk it may become starts from.
 */
record RiskCandidateCause(
        String kind,
        String key,
        String state,
        long orgUnitId,
        @Nullable Long itServiceId,
        @Nullable String requirementCode,
        String title,
        @Nullable String detail) {

    static final String GAP = "HANDLINGSPLAN";
    static final String HOSTING = "DRIFTBESLUT";
    static final int MAX_TITLE = 200;
    static final int MAX_DETAIL = 2000;
    static final int MAX_STATE = 500;
    private static final String SEPARATOR = "|";

    /** A gap of the handlingsplan: its state is the assessment's status and version (every new assessment counts). */
    static RiskCandidateCause of(ActionPlanGap gap) {
        String code = gap.requirement().code();
        return new RiskCandidateCause(
                GAP,
                GAP + ":" + gap.itServiceId() + ":" + code,
                bounded(gap.status() + SEPARATOR + gap.version()),
                gap.orgUnitId(),
                gap.itServiceId(),
                code,
                cut(
                        "Brist mot krav " + code + " " + gap.requirement().title() + " i " + gap.itServiceName(),
                        MAX_TITLE),
                gap.comment() == null ? null : cut(gap.comment(), MAX_DETAIL));
    }

    /** Hosting without a decision: its state is the facts the need follows from. */
    static RiskCandidateCause of(HostingDecisionNeed need) {
        String state = String.join(
                SEPARATOR,
                need.hosting(),
                String.valueOf(need.cloud()),
                String.join(",", need.countries().stream().sorted().toList()),
                String.valueOf(need.requiredK()),
                String.valueOf(need.personalData()));
        return new RiskCandidateCause(
                HOSTING,
                HOSTING + ":" + need.itServiceId(),
                bounded(state),
                need.orgUnitId(),
                need.itServiceId(),
                null,
                cut("Beslut om molntjänst eller tredjeland saknas för " + need.itServiceName(), MAX_TITLE),
                null);
    }

    /** A cause from a later module's {@link RiskCandidateSource}. */
    static RiskCandidateCause of(String kind, RiskCandidateSource.Cause cause) {
        return new RiskCandidateCause(
                kind,
                cause.key(),
                bounded(cause.state()),
                cause.orgUnitId(),
                null,
                null,
                cut(cause.title(), MAX_TITLE),
                cause.detail() == null ? null : cut(cause.detail(), MAX_DETAIL));
    }

    /** The assessment status in a HANDLINGSPLAN state ("DELVIS|3" → DELVIS). */
    @Nullable
    static String assessmentStatus(String kind, String state) {
        return GAP.equals(kind) ? state.split("\\|", -1)[0] : null;
    }

    /** The hosting facts in a DRIFTBESLUT state, or null for other kinds or an unreadable state. */
    @Nullable
    static RiskCandidateView.Hosting hosting(String kind, String state) {
        String[] parts = state.split("\\|", -1);
        if (!HOSTING.equals(kind) || parts.length != 5) {
            return null;
        }
        try {
            List<String> countries = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(","));
            return new RiskCandidateView.Hosting(
                    parts[0],
                    Boolean.parseBoolean(parts[1]),
                    countries,
                    Integer.parseInt(parts[3]),
                    Boolean.parseBoolean(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    /** A state longer than the column keeps its start and a digest of the whole, so a change is still seen. */
    static String bounded(String state) {
        if (state.length() <= MAX_STATE) {
            return state;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return state.substring(0, MAX_STATE - 65) + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
