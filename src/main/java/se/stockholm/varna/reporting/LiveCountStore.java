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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kept base counts of open periods and what they are current to (V16, ADR 0019): reads and writes
 * {@code report_live_count} and {@code report_live_state}, and reads which units the audit events since a
 * watermark touched.
 */
@Singleton
class LiveCountStore {

    /** The part of every count but IS-07. */
    static final String BASE = "BASE";

    /** The audit entity types whose changes reach the it-tjänster processing them (inventory, classification). */
    static final String ASSET_ENTITY = "InformationAsset";

    static final String CLASSIFICATION_ENTITY = "Classification";

    /**
     * Risk candidates count in no indicator (a triaged one becomes a Risk, with an event of its own); the
     * city-wide candidate sync writes many of their events at once, which would force a full refresh.
     */
    static final String UNCOUNTED_ENTITY = "RiskCandidate";

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

    /**
     * The newest audit event. Every change writes one, and the audit chain head is locked until commit
     * (auditlog), so events become visible in id order: nothing below this id can appear later.
     */
    long lastAuditId() {
        long[] last = {0};
        queries.query("SELECT COALESCE(MAX(id), 0) FROM audit_event", List.of(), rs -> last[0] = rs.getLong(1));
        return last[0];
    }

    Map<String, State> states(Collection<String> parts) {
        Map<String, State> out = new HashMap<>();
        queries.query(
                "SELECT part, computed_on, audit_id FROM report_live_state WHERE part IN (" + marks(parts.size()) + ")",
                List.copyOf(parts),
                rs -> out.put(
                        rs.getString(1),
                        new State(rs.getObject(2, LocalDate.class), rs.getObject(3) == null ? null : rs.getLong(3))));
        return out;
    }

    /** What the audit events after a watermark touched: their units, and the informationsmängder whose levels may have changed. */
    record Touched(Set<Long> units, Set<Long> assetIds, Set<Long> classificationIds) {}

    /**
     * What the audit events in {@code (afterId, upToId]} touched: the units they belong to, before or after
     * the change (a moved informationsmängd touches both), and the informationsmängder and classifications
     * they changed. Empty when an event belongs to no unit (a new matrix, catalogue or period: everything
     * is recomputed) or there are more than {@code limit} events.
     */
    Optional<Touched> touched(long afterId, long upToId, int limit) {
        Touched touched = new Touched(new HashSet<>(), new HashSet<>(), new HashSet<>());
        boolean[] everything = {false};
        int[] events = {0};
        queries.query(
                "SELECT org_unit_id, JSON_VALUE(before_json, '$.orgUnitId'), JSON_VALUE(after_json, '$.orgUnitId'),"
                        + " entity_type, entity_id FROM audit_event WHERE id > ? AND id <= ? AND entity_type <> ?"
                        + " LIMIT " + (limit + 1),
                List.of(afterId, upToId, UNCOUNTED_ENTITY),
                rs -> {
                    events[0]++;
                    if (rs.getObject(1) == null) {
                        everything[0] = true;
                        return;
                    }
                    touched.units().add(rs.getLong(1));
                    addId(touched.units(), rs.getString(2));
                    addId(touched.units(), rs.getString(3));
                    switch (rs.getString(4)) {
                        case ASSET_ENTITY -> addId(touched.assetIds(), rs.getString(5));
                        case CLASSIFICATION_ENTITY -> addId(touched.classificationIds(), rs.getString(5));
                        default -> {}
                    }
                });
        return everything[0] || events[0] > limit ? Optional.empty() : Optional.of(touched);
    }

    /**
     * The units of the it-tjänster that process these informationsmängder or the informationsmängder of these
     * classifications: their IS-09 and IS-10 follow the processed assets' levels, whatever unit those are in.
     */
    Set<Long> serviceUnitsProcessing(Touched touched) {
        Set<Long> out = new HashSet<>();
        List<Object> params = new ArrayList<>(touched.assetIds());
        params.addAll(touched.classificationIds());
        if (params.isEmpty()) {
            return out;
        }
        String assets =
                touched.assetIds().isEmpty() ? "NULL" : marks(touched.assetIds().size());
        String classifications = touched.classificationIds().isEmpty()
                ? "NULL"
                : marks(touched.classificationIds().size());
        queries.query(
                "SELECT DISTINCT s.org_unit_id FROM it_service_asset l JOIN it_service s ON s.id = l.it_service_id"
                        + " WHERE l.information_asset_id IN (" + assets + ")"
                        + " OR l.information_asset_id IN (SELECT c.information_asset_id FROM classification c"
                        + " WHERE c.id IN (" + classifications + "))",
                params,
                rs -> out.add(rs.getLong(1)));
        return out;
    }

    /** Replaces the part's counts of these units (null: of every unit) by {@code counts}. */
    void replace(String part, @Nullable Collection<Long> unitIds, Map<Long, Map<String, Long>> counts) {
        List<Object> params = new ArrayList<>(List.of(part));
        String delete = "DELETE FROM report_live_count WHERE part = ?";
        if (unitIds != null) {
            delete += " AND org_unit_id IN (" + marks(unitIds.size()) + ")";
            params.addAll(unitIds);
        }
        String sql = delete;
        jdbc.prepareStatement(sql, ps -> {
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
                        + " WHERE c.part IN (" + marks(parts.size()) + ") AND u.path LIKE ?",
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

    private static void addId(Set<Long> units, @Nullable String id) {
        if (id != null && id.chars().allMatch(Character::isDigit) && !id.isEmpty()) {
            units.add(Long.parseLong(id));
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
