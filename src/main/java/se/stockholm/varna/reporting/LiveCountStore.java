package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept base counts of open periods and what they are current to (V16, ADR 0019): reads and writes
 * {@code report_live_count} and {@code report_live_state}.
 */
@Singleton
class LiveCountStore {

    /** The part of every count but IS-07. */
    static final String BASE = "BASE";

    private final JdbcOperations jdbc;
    private final IndicatorQueries queries;

    LiveCountStore(JdbcOperations jdbc, IndicatorQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** The part of IS-07 of one period. */
    static String periodPart(long periodId) {
        return "PERIOD:" + periodId;
    }

    /** What a part's counts are current to; both null when never computed since the last start. */
    record State(@Nullable LocalDate computedOn, @Nullable Long auditId) {

        boolean currentTo(LocalDate today, long lastAuditId) {
            return today.equals(computedOn) && auditId != null && auditId == lastAuditId;
        }
    }

    /** Holds the refresh lock until commit: refreshes run one at a time, reads never wait. */
    void lock() {
        queries.query("SELECT part FROM report_live_state WHERE part = 'LOCK' FOR UPDATE", List.of(), rs -> {});
    }

    Map<String, State> states(Collection<String> parts) {
        Map<String, State> out = new HashMap<>();
        queries.query(
                "SELECT part, computed_on, audit_id FROM report_live_state WHERE part IN ("
                        + IndicatorQueries.marks(parts.size()) + ")",
                List.copyOf(parts),
                rs -> out.put(
                        rs.getString(1),
                        new State(rs.getObject(2, LocalDate.class), rs.getObject(3) == null ? null : rs.getLong(3))));
        return out;
    }

    /** Replaces the part's counts of these units (null: of every unit) by {@code counts}. */
    void replace(String part, @Nullable Collection<Long> unitIds, Map<Long, Map<String, Long>> counts) {
        List<Object> params = new ArrayList<>(List.of(part));
        String delete = "DELETE FROM report_live_count WHERE part = ?"
                + (unitIds == null ? "" : " AND org_unit_id IN (" + IndicatorQueries.marks(unitIds.size()) + ")");
        if (unitIds != null) {
            params.addAll(unitIds);
        }
        jdbc.prepareStatement(delete, ps -> {
            IndicatorQueries.bind(ps, params);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(
                "INSERT INTO report_live_count (part, org_unit_id, count_key, n) VALUES (?, ?, ?, ?)", ps -> {
                    for (var unit : counts.entrySet()) {
                        if (unitIds != null && !unitIds.contains(unit.getKey())) {
                            continue;
                        }
                        for (var count : unit.getValue().entrySet()) {
                            ps.setString(1, part);
                            ps.setLong(2, unit.getKey());
                            ps.setString(3, count.getKey());
                            ps.setLong(4, count.getValue());
                            ps.addBatch();
                        }
                    }
                    return ps.executeBatch();
                });
    }

    void saveState(String part, LocalDate on, long auditId, Instant at) {
        jdbc.prepareStatement(
                "INSERT INTO report_live_state (part, computed_on, audit_id, computed_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE computed_on = VALUES(computed_on), audit_id = VALUES(audit_id),"
                        + " computed_at = VALUES(computed_at)",
                ps -> {
                    IndicatorQueries.bind(ps, List.of(part, on, auditId, LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                    return ps.executeUpdate();
                });
    }

    /** The kept counts of the parts, per unit whose path starts with {@code path}. */
    Map<Long, Map<String, Long>> read(Collection<String> parts, String path) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        List<Object> params = new ArrayList<>(parts);
        params.add(path + "%");
        queries.query(
                "SELECT c.org_unit_id, c.count_key, c.n FROM report_live_count c JOIN org_unit u ON u.id = c.org_unit_id"
                        + " WHERE c.part IN (" + IndicatorQueries.marks(parts.size()) + ") AND u.path LIKE ?",
                params,
                rs -> IndicatorQueries.put(out, rs.getLong(1), rs.getString(2), rs.getLong(3)));
        return out;
    }

    /**
     * Forgets what every part is current to: the next read recomputes all (after a start, ADR 0019). Takes
     * the refresh lock first, so that a refresh running elsewhere cannot mark its older counts current after.
     */
    void forget() {
        lock();
        jdbc.prepareStatement("DELETE FROM report_live_state WHERE part <> 'LOCK'", ps -> ps.executeUpdate());
    }
}
