package se.stockholm.varna.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only SQL over the other modules' tables: the base counts of the indicators per org unit a row
 * belongs to, for the rows under one subtree ({@code org_unit.path LIKE '<path>%'}). IS-09 and IS-10 are
 * not here: they reuse the classification module's services (see {@link IndicatorCalculator}).
 */
@Singleton
class IndicatorQueries {

    /** The band that stands for a risk: residual, else current, else inherent (as RiskQueries). */
    private static final String LEVEL_BAND =
            "COALESCE((SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = 'KVARVARANDE'),"
                    + " (SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = 'NUVARANDE'),"
                    + " (SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = 'INNEBOENDE'))";

    private final JdbcOperations jdbc;

    IndicatorQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The units in force today, by path. */
    List<ReportUnit> units(LocalDate today) {
        List<ReportUnit> out = new ArrayList<>();
        query(
                "SELECT id, code, name, parent_id, path FROM org_unit WHERE valid_to IS NULL OR valid_to >= ?"
                        + " ORDER BY path",
                List.of(today),
                rs -> out.add(new ReportUnit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4),
                        rs.getString(5))));
        return out;
    }

    /** Band codes of every matrix, lowest first. */
    List<String> bands() {
        List<String> out = new ArrayList<>();
        query(
                "SELECT code FROM risk_band GROUP BY code ORDER BY MIN(rank_no), code",
                List.of(),
                rs -> out.add(rs.getString(1)));
        return out;
    }

    /** The counts that do not depend on a period (IS-01 … IS-06, IS-08), per unit; {@code today} for the overdue. */
    Map<Long, Map<String, Long>> dayCounts(UnitSelection units, LocalDate today) {
        Map<Long, Map<String, Long>> base = new HashMap<>();
        String in = units.condition();
        counts(
                base,
                "SELECT a.org_unit_id, COUNT(*),"
                        + " SUM(a.owner_username IS NOT NULL AND TRIM(a.owner_username) <> ''),"
                        + " SUM(EXISTS (SELECT 1 FROM classification c WHERE c.information_asset_id = a.id"
                        + " AND c.status = 'BESLUTAD')),"
                        + " SUM((SELECT COUNT(*) FROM classification c WHERE c.information_asset_id = a.id"
                        + " AND c.status = 'BESLUTAD' AND c.next_review_on < ?))"
                        + " FROM information_asset a JOIN org_unit u ON u.id = a.org_unit_id"
                        + " WHERE a.status = 'AKTIV' AND " + in + " GROUP BY a.org_unit_id",
                with(today, units),
                IndicatorRules.ASSETS,
                IndicatorRules.ASSETS_WITH_OWNER,
                IndicatorRules.ASSETS_DECIDED,
                IndicatorRules.REVIEWS_OVERDUE);
        query(
                "SELECT r.org_unit_id, x.kind, x.band_code, COUNT(*) FROM risk r"
                        + " JOIN risk_assessment x ON x.risk_id = r.id JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE r.status <> 'STANGD' AND x.kind IN ('INNEBOENDE', 'KVARVARANDE') AND " + in
                        + " GROUP BY r.org_unit_id, x.kind, x.band_code",
                units.params(),
                rs -> put(
                        base, rs.getLong(1), IndicatorRules.riskKey(rs.getString(2), rs.getString(3)), rs.getLong(4)));
        counts(
                base,
                "SELECT r.org_unit_id, COUNT(*) FROM risk r JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE r.status <> 'STANGD' AND " + LEVEL_BAND + " IN ('HOG', 'MYCKET_HOG')"
                        + " AND (r.status <> 'BESLUTAD' OR r.treatment IS NULL) AND " + in
                        + " GROUP BY r.org_unit_id",
                units.params(),
                IndicatorRules.RISKS_HIGH_UNTREATED);
        counts(
                base,
                "SELECT r.org_unit_id, COUNT(*) FROM risk_action a JOIN risk r ON r.id = a.risk_id"
                        + " JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE a.status IN ('PLANERAD', 'PAGAR') AND a.due_on < ? AND r.status <> 'STANGD'"
                        + " AND " + in + " GROUP BY r.org_unit_id",
                with(today, units),
                IndicatorRules.ACTIONS_OVERDUE);
        counts(
                base,
                "SELECT e.org_unit_id, SUM(e.valid_until >= ?), SUM(e.valid_until < ?)"
                        + " FROM exemption e JOIN org_unit u ON u.id = e.org_unit_id"
                        + " WHERE e.status = 'BEVILJAT' AND " + in + " GROUP BY e.org_unit_id",
                with(List.<Object>of(today, today), units),
                IndicatorRules.EXEMPTIONS_IN_FORCE,
                IndicatorRules.EXEMPTIONS_EXPIRED);
        return base;
    }

    /** IS-07's counts of one period (kontrollmoment planned, followed up, with avvikelse), per unit. */
    Map<Long, Map<String, Long>> periodCounts(UnitSelection units, ReportPeriod period) {
        Map<Long, Map<String, Long>> base = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(period.code(), period.id(), period.year()));
        params.addAll(units.params());
        counts(
                base,
                "SELECT p.org_unit_id, COUNT(*), COUNT(f.id),"
                        + " SUM(f.id IS NOT NULL AND f.result <> 'UTAN_ANMARKNING')"
                        + " FROM control_point cp JOIN control_plan p ON p.id = cp.plan_id"
                        + " JOIN control_point_period pp ON pp.control_point_id = cp.id AND pp.period_code = ?"
                        + " JOIN org_unit u ON u.id = p.org_unit_id"
                        + " LEFT JOIN follow_up f ON f.control_point_id = cp.id AND f.period_id = ?"
                        + " WHERE p.plan_year = ? AND p.status IN ('FASTSTALLD', 'UNDER_REVIDERING') AND "
                        + units.condition() + " GROUP BY p.org_unit_id",
                params,
                IndicatorRules.POINTS_PLANNED,
                IndicatorRules.POINTS_FOLLOWED_UP,
                IndicatorRules.POINTS_DEVIATIONS);
        return base;
    }

    private static List<Object> with(LocalDate today, UnitSelection units) {
        return with(List.<Object>of(today), units);
    }

    private static List<Object> with(List<Object> first, UnitSelection units) {
        List<Object> params = new ArrayList<>(first);
        params.addAll(units.params());
        return params;
    }

    static void put(Map<Long, Map<String, Long>> base, long unitId, String key, long n) {
        if (n != 0) {
            base.computeIfAbsent(unitId, k -> new HashMap<>()).merge(key, n, Long::sum);
        }
    }

    /** Rows of (unit id, n1, n2, …) into the base counts under the given keys. */
    private void counts(Map<Long, Map<String, Long>> base, String sql, List<?> params, String... keys) {
        query(sql, params, rs -> {
            for (int i = 0; i < keys.length; i++) {
                put(base, rs.getLong(1), keys[i], rs.getLong(i + 2));
            }
        });
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    void query(String sql, List<?> params, Row row) {
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
            return null;
        });
    }

    /** {@code ?,?,…} for an IN list of n values. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
