package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure part of the indicators: base counts are fetched per organisation unit (the unit a row belongs
 * to), summed over a subtree by materialised path, and turned into the figures of IS-01 … IS-10. Shares
 * are computed over the summed counts (never an average of shares, ADR 0009 and 0017).
 */
final class IndicatorRules {

    /** Base counts per unit, the names IndicatorQueries fills in. */
    static final String ASSETS = "assets";

    static final String ASSETS_WITH_OWNER = "assets.owner";
    static final String ASSETS_DECIDED = "assets.decided";
    static final String REVIEWS_OVERDUE = "classifications.overdue";
    static final String RISKS_HIGH_UNTREATED = "risks.highUntreated";
    static final String ACTIONS_OVERDUE = "actions.overdue";
    static final String POINTS_PLANNED = "points.planned";
    static final String POINTS_FOLLOWED_UP = "points.followedUp";
    static final String POINTS_DEVIATIONS = "points.deviations";
    static final String EXEMPTIONS_IN_FORCE = "exemptions.inForce";
    static final String EXEMPTIONS_EXPIRED = "exemptions.expired";
    static final String SERVICES_UNDECIDED = "services.undecided";
    static final String REQUIREMENTS_APPLICABLE = "requirements.applicable";
    static final String REQUIREMENTS_FULFILLED = "requirements.fulfilled";
    static final String REQUIREMENTS_NOT_APPLICABLE = "requirements.notApplicable";

    /** Assessment kinds IS-04 reports, as stored in risk_assessment.kind. */
    static final List<String> RISK_KINDS = List.of("INNEBOENDE", "KVARVARANDE");

    static final int SCALE = 6;

    private IndicatorRules() {}

    /** The base count key of open risks of one assessment kind in one band. */
    static String riskKey(String kind, String band) {
        return "risks." + kind + ":" + band;
    }

    /** The counts of every unit whose path starts with {@code subtreePath}, added up per key. */
    static Map<String, Long> sum(Map<Long, String> paths, Map<Long, Map<String, Long>> base, String subtreePath) {
        Map<String, Long> total = new HashMap<>();
        base.forEach((unitId, counts) -> {
            String path = paths.get(unitId);
            if (path != null && path.startsWith(subtreePath)) {
                counts.forEach((key, n) -> total.merge(key, n, Long::sum));
            }
        });
        return total;
    }

    /** Every figure of every indicator, in catalogue order; IS-04 has one per kind and band. */
    static List<IndicatorValue> values(Map<String, Long> counts, List<String> bands) {
        List<IndicatorValue> out = new ArrayList<>();
        long assets = n(counts, ASSETS);
        long owned = n(counts, ASSETS_WITH_OWNER);
        long decided = n(counts, ASSETS_DECIDED);
        add(out, "IS-01", "SHARE", share(owned, assets));
        add(out, "IS-01", "WITH", owned);
        add(out, "IS-01", "TOTAL", assets);
        add(out, "IS-02", "SHARE", share(decided, assets));
        add(out, "IS-02", "WITH", decided);
        add(out, "IS-02", "TOTAL", assets);
        add(out, "IS-03", "COUNT", n(counts, REVIEWS_OVERDUE));
        for (String kind : RISK_KINDS) {
            for (String band : bands) {
                add(out, "IS-04", kind + ":" + band, n(counts, riskKey(kind, band)));
            }
        }
        add(out, "IS-05", "COUNT", n(counts, RISKS_HIGH_UNTREATED));
        add(out, "IS-06", "COUNT", n(counts, ACTIONS_OVERDUE));
        long planned = n(counts, POINTS_PLANNED);
        long followed = n(counts, POINTS_FOLLOWED_UP);
        add(out, "IS-07", "SHARE", share(followed, planned));
        add(out, "IS-07", "PLANNED", planned);
        add(out, "IS-07", "FOLLOWED_UP", followed);
        add(out, "IS-07", "DEVIATIONS", n(counts, POINTS_DEVIATIONS));
        add(out, "IS-08", "IN_FORCE", n(counts, EXEMPTIONS_IN_FORCE));
        add(out, "IS-08", "EXPIRED", n(counts, EXEMPTIONS_EXPIRED));
        add(out, "IS-09", "COUNT", n(counts, SERVICES_UNDECIDED));
        long applicable = n(counts, REQUIREMENTS_APPLICABLE);
        long fulfilled = n(counts, REQUIREMENTS_FULFILLED);
        long notApplicable = n(counts, REQUIREMENTS_NOT_APPLICABLE);
        add(out, "IS-10", "RATE", share(fulfilled, applicable - notApplicable));
        add(out, "IS-10", "FULFILLED", fulfilled);
        add(out, "IS-10", "APPLICABLE", applicable);
        add(out, "IS-10", "NOT_APPLICABLE", notApplicable);
        return out;
    }

    /** part / whole rounded half up to six decimals, in canonical form; null when whole is not positive. */
    @Nullable
    static BigDecimal share(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return canonical(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }

    /**
     * One form per number, so a figure read back from a snapshot equals the one computed: no trailing
     * zeros, never a negative scale (10, not 1E+1; 0.5, not 0.500000).
     */
    @Nullable
    static BigDecimal canonical(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A value as text for CSV: plain digits, no exponent, no trailing zeros; empty when undefined. */
    static String text(@Nullable BigDecimal value) {
        BigDecimal v = canonical(value);
        return v == null ? "" : v.toPlainString();
    }

    private static long n(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }

    private static void add(List<IndicatorValue> out, String id, String subKey, long count) {
        out.add(new IndicatorValue(id, subKey, BigDecimal.valueOf(count)));
    }

    private static void add(List<IndicatorValue> out, String id, String subKey, @Nullable BigDecimal value) {
        out.add(new IndicatorValue(id, subKey, value));
    }
}
