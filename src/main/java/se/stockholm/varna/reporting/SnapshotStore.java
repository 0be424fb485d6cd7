package se.stockholm.varna.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes and reads the frozen indicator values of closed periods (V15). Values are never updated. */
@Singleton
class SnapshotStore {

    private final JdbcOperations jdbc;

    SnapshotStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the period row until commit, so that one closing or first read takes one snapshot. */
    void lockPeriod(long periodId) {
        jdbc.prepareStatement("SELECT id FROM reporting_period WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, periodId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    Optional<IndicatorSnapshot> current(long periodId) {
        return jdbc.prepareStatement(
                "SELECT id, computed_at FROM indicator_snapshot WHERE period_id = ? AND status = 'GALLANDE'"
                        + " ORDER BY id DESC LIMIT 1",
                ps -> {
                    ps.setLong(1, periodId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new IndicatorSnapshot(
                                        rs.getLong(1),
                                        periodId,
                                        rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC)))
                                : Optional.<IndicatorSnapshot>empty();
                    }
                });
    }

    /** Stores a new current snapshot of the period. */
    IndicatorSnapshot take(long periodId, String actor, Instant at, Map<Long, List<IndicatorValue>> values) {
        long id = jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO indicator_snapshot (period_id, status, computed_at, taken_by)"
                            + " VALUES (?, 'GALLANDE', ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, periodId);
                ps.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(3, actor);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        jdbc.prepareStatement(
                "INSERT INTO indicator_snapshot_value (snapshot_id, org_unit_id, indicator_id, sub_key, position_no, value)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                ps -> {
                    for (var unit : values.entrySet()) {
                        int position = 0;
                        for (IndicatorValue v : unit.getValue()) {
                            ps.setLong(1, id);
                            ps.setLong(2, unit.getKey());
                            ps.setString(3, v.indicatorId());
                            ps.setString(4, v.subKey());
                            ps.setInt(5, position++);
                            setValue(ps, v.value());
                            ps.addBatch();
                        }
                    }
                    return ps.executeBatch();
                });
        return new IndicatorSnapshot(id, periodId, at);
    }

    /** Marks the period's current snapshot ERSATT (kept); returns how many were marked. */
    int supersede(long periodId, String actor, Instant at) {
        return jdbc.prepareStatement(
                "UPDATE indicator_snapshot SET status = 'ERSATT', superseded_at = ?, superseded_by = ?,"
                        + " version = version + 1 WHERE period_id = ? AND status = 'GALLANDE'",
                ps -> {
                    ps.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                    ps.setString(2, actor);
                    ps.setLong(3, periodId);
                    return ps.executeUpdate();
                });
    }

    /** The frozen values of the given units, in the order they were computed. */
    Map<Long, List<IndicatorValue>> values(long snapshotId, Collection<Long> unitIds) {
        Map<Long, List<IndicatorValue>> out = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        unitIds.forEach(u -> out.put(u, new ArrayList<>()));
        String marks = unitIds.stream().map(u -> "?").collect(Collectors.joining(", "));
        jdbc.prepareStatement(
                "SELECT org_unit_id, indicator_id, sub_key, value FROM indicator_snapshot_value"
                        + " WHERE snapshot_id = ? AND org_unit_id IN (" + marks + ") ORDER BY org_unit_id, position_no",
                ps -> {
                    ps.setLong(1, snapshotId);
                    int i = 2;
                    for (Long u : unitIds) {
                        ps.setLong(i++, u);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            BigDecimal value = rs.getBigDecimal(4);
                            out.get(rs.getLong(1))
                                    .add(new IndicatorValue(
                                            rs.getString(2), rs.getString(3), IndicatorRules.canonical(value)));
                        }
                    }
                    return null;
                });
        return out;
    }

    /** One figure of one unit over every closed period (current snapshots only), oldest first. */
    List<TrendPoint> trend(long unitId, String indicatorId, String subKey) {
        return jdbc.prepareStatement(
                "SELECT p.period_year, p.code, v.value FROM indicator_snapshot s"
                        + " JOIN reporting_period p ON p.id = s.period_id"
                        + " JOIN indicator_snapshot_value v ON v.snapshot_id = s.id"
                        + " WHERE s.status = 'GALLANDE' AND p.status = 'STANGD' AND v.org_unit_id = ?"
                        + " AND v.indicator_id = ? AND v.sub_key = ? ORDER BY p.period_year, p.sort_no",
                ps -> {
                    ps.setLong(1, unitId);
                    ps.setString(2, indicatorId);
                    ps.setString(3, subKey);
                    List<TrendPoint> points = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            points.add(new TrendPoint(
                                    rs.getInt(1), rs.getString(2), IndicatorRules.canonical(rs.getBigDecimal(3))));
                        }
                    }
                    return points;
                });
    }

    private static void setValue(PreparedStatement ps, BigDecimal value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(6, Types.DECIMAL);
        } else {
            ps.setBigDecimal(6, value);
        }
    }
}
