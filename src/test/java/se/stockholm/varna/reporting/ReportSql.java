package se.stockholm.varna.reporting;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements one report request runs, over a plain JDBC connection, for {@link ReportBenchmark}. The
 * SQL text is copied from {@link IndicatorQueries}, {@link LiveCountStore}, {@link LiveCountChanges}, {@link ReportPeriods} and
 * {@link SnapshotStore}. {@link #recount} is what refreshing every unit's kept counts runs, except IS-09/IS-10
 * (computed in Java from the classification module's services).
 */
final class ReportSql {

    private static final String LEVEL_BAND =
            "COALESCE((SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = 'KVARVARANDE'),"
                    + " (SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = 'NUVARANDE'),"
                    + " (SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = 'INNEBOENDE'))";

    private ReportSql() {}

    /** A period's id, year and code ({@link ReportPeriods}). */
    static Object[] period(Connection db, int year, String code) throws SQLException {
        List<Object[]> rows = rows(
                db,
                "SELECT id, period_year, code, starts_on, ends_on, status FROM reporting_period"
                        + " WHERE period_year = ? AND code = ?",
                List.of(year, code));
        return rows.getFirst();
    }

    /** id, parent id, path of the units in force ({@link IndicatorQueries#units}). */
    static List<Object[]> units(Connection db, LocalDate today) throws SQLException {
        return rows(
                db,
                "SELECT id, code, name, parent_id, path FROM org_unit WHERE valid_to IS NULL OR valid_to >= ?"
                        + " ORDER BY path",
                List.of(today));
    }

    /**
     * An open period whose kept counts are current (ADR 0019): period, units, bands, the newest audit
     * event, the two parts' states, the kept counts under the path.
     */
    static int open(Connection db, int year, String code, String path, LocalDate today) throws SQLException {
        Object[] p = period(db, year, code);
        units(db, today);
        rows(db, "SELECT code FROM risk_band GROUP BY code ORDER BY MIN(rank_no), code", List.of());
        List<Object> parts = List.of(LiveCountStore.BASE, LiveCountStore.periodPart(((Number) p[0]).longValue()));
        rows(db, "SELECT COALESCE(MAX(id), 0) FROM audit_event", List.of());
        rows(db, "SELECT part, computed_on, audit_id FROM report_live_state WHERE part IN (?,?)", parts);
        List<Object> params = new ArrayList<>(parts);
        params.add(path + "%");
        return rows(
                        db,
                        "SELECT c.org_unit_id, c.count_key, c.n FROM report_live_count c"
                                + " JOIN org_unit u ON u.id = c.org_unit_id WHERE c.part IN (?,?) AND u.path LIKE ?",
                        params)
                .size();
    }

    /**
     * The same base counts of IS-01 … IS-08 computed from the rows under the path (what a refresh of every
     * unit runs, without IS-09/IS-10): period, units, the six statements, bands.
     */
    static void recount(Connection db, int year, String code, String path, LocalDate today) throws SQLException {
        Object[] p = period(db, year, code);
        units(db, today);
        String like = path + "%";
        rows(
                db,
                "SELECT a.org_unit_id, COUNT(*),"
                        + " SUM(a.owner_username IS NOT NULL AND TRIM(a.owner_username) <> ''),"
                        + " SUM(EXISTS (SELECT 1 FROM classification c WHERE c.information_asset_id = a.id"
                        + " AND c.status = 'BESLUTAD')),"
                        + " SUM((SELECT COUNT(*) FROM classification c WHERE c.information_asset_id = a.id"
                        + " AND c.status = 'BESLUTAD' AND c.next_review_on < ?))"
                        + " FROM information_asset a JOIN org_unit u ON u.id = a.org_unit_id"
                        + " WHERE a.status = 'AKTIV' AND u.path LIKE ? GROUP BY a.org_unit_id",
                List.of(today, like));
        rows(
                db,
                "SELECT r.org_unit_id, x.kind, x.band_code, COUNT(*) FROM risk r"
                        + " JOIN risk_assessment x ON x.risk_id = r.id JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE r.status <> 'STANGD' AND x.kind IN ('INNEBOENDE', 'KVARVARANDE') AND u.path LIKE ?"
                        + " GROUP BY r.org_unit_id, x.kind, x.band_code",
                List.of(like));
        rows(
                db,
                "SELECT r.org_unit_id, COUNT(*) FROM risk r JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE r.status <> 'STANGD' AND " + LEVEL_BAND + " IN ('HOG', 'MYCKET_HOG')"
                        + " AND (r.status <> 'BESLUTAD' OR r.treatment IS NULL) AND u.path LIKE ?"
                        + " GROUP BY r.org_unit_id",
                List.of(like));
        rows(
                db,
                "SELECT r.org_unit_id, COUNT(*) FROM risk_action a JOIN risk r ON r.id = a.risk_id"
                        + " JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE a.status IN ('PLANERAD', 'PAGAR') AND a.due_on < ? AND r.status <> 'STANGD'"
                        + " AND u.path LIKE ? GROUP BY r.org_unit_id",
                List.of(today, like));
        rows(
                db,
                "SELECT p.org_unit_id, COUNT(*), COUNT(f.id),"
                        + " SUM(f.id IS NOT NULL AND f.result <> 'UTAN_ANMARKNING')"
                        + " FROM control_point cp JOIN control_plan p ON p.id = cp.plan_id"
                        + " JOIN control_point_period pp ON pp.control_point_id = cp.id AND pp.period_code = ?"
                        + " JOIN org_unit u ON u.id = p.org_unit_id"
                        + " LEFT JOIN follow_up f ON f.control_point_id = cp.id AND f.period_id = ?"
                        + " WHERE p.plan_year = ? AND p.status IN ('FASTSTALLD', 'UNDER_REVIDERING') AND u.path LIKE ?"
                        + " GROUP BY p.org_unit_id",
                List.of(code, p[0], year, like));
        rows(
                db,
                "SELECT e.org_unit_id, SUM(e.valid_until >= ?), SUM(e.valid_until < ?)"
                        + " FROM exemption e JOIN org_unit u ON u.id = e.org_unit_id"
                        + " WHERE e.status = 'BEVILJAT' AND u.path LIKE ? GROUP BY e.org_unit_id",
                List.of(today, today, like));
        units(db, today);
        rows(db, "SELECT code FROM risk_band GROUP BY code ORDER BY MIN(rank_no), code", List.of());
    }

    /** A closed period: period, units, its current snapshot, the frozen values of the given units. */
    static int closed(Connection db, int year, String code, List<Long> unitIds, LocalDate today) throws SQLException {
        Object[] p = period(db, year, code);
        units(db, today);
        List<Object[]> snapshot = rows(
                db,
                "SELECT id, computed_at FROM indicator_snapshot WHERE period_id = ? AND status = 'GALLANDE'"
                        + " ORDER BY id DESC LIMIT 1",
                List.of(p[0]));
        List<Object> params = new ArrayList<>(List.of(snapshot.getFirst()[0]));
        params.addAll(unitIds);
        String marks = unitIds.stream().map(u -> "?").collect(Collectors.joining(", "));
        return rows(
                        db,
                        "SELECT org_unit_id, indicator_id, sub_key, value FROM indicator_snapshot_value"
                                + " WHERE snapshot_id = ? AND org_unit_id IN (" + marks + ")"
                                + " ORDER BY org_unit_id, position_no",
                        params)
                .size();
    }

    static List<Object[]> rows(Connection db, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                ps.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }
}
