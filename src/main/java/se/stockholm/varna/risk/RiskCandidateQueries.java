package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped reads of risk candidates with their unit and it-tjänst, and what the sync and triage lock. */
@Singleton
class RiskCandidateQueries {

    private static final String FROM = " FROM risk_candidate c JOIN org_unit u ON u.id = c.org_unit_id"
            + " LEFT JOIN it_service s ON s.id = c.it_service_id";
    private static final String COLUMNS =
            "SELECT c.*, u.name AS unit_name, u.path AS unit_path, s.name AS service_name";

    /** A candidate and the unit path it lives under, for the scope check. */
    record Scoped(RiskCandidateView view, String path) {}

    /** The status and version of a candidate as locked for a triage. */
    record Locked(String status, long version) {}

    private final JdbcOperations jdbc;

    RiskCandidateQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Scoped> byId(long id) {
        return rows(COLUMNS + FROM + " WHERE c.id = ?", List.of(id)).stream().findFirst();
    }

    /** One page; {@code status} null lists every status. Most recently changed first. */
    List<RiskCandidateView> page(@Nullable String status, @Nullable String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(status, underPath, scope);
        return rows(
                        COLUMNS + FROM + " WHERE " + where.sql()
                                + " ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?",
                        where.paramsWith(page.size(), page.offset()))
                .stream()
                .map(Scoped::view)
                .toList();
    }

    long count(@Nullable String status, @Nullable String underPath, Scope scope) {
        SqlWhere where = where(status, underPath, scope);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** How many candidates per status (every status present, 0 when none). */
    Map<String, Long> counts(@Nullable String underPath, Scope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        RiskCandidateView.STATUSES.forEach(s -> counts.put(s, 0L));
        SqlWhere where = where(null, underPath, scope);
        jdbc.prepareStatement(
                "SELECT c.status, COUNT(*)" + FROM + " WHERE " + where.sql() + " GROUP BY c.status", ps -> {
                    SqlWhere.bind(ps, where.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                    return null;
                });
        return counts;
    }

    /** The candidates of these causes, by cause key (causes without a candidate are absent). */
    Map<String, Scoped> byCauseKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(keys);
        String marks = String.join(",", keys.stream().map(k -> "?").toList());
        return jdbc.prepareStatement(COLUMNS + FROM + " WHERE c.cause_key IN (" + marks + ")", ps -> {
            SqlWhere.bind(ps, params);
            Map<String, Scoped> found = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString("cause_key"), new Scoped(view(rs), rs.getString("unit_path")));
                }
            }
            return found;
        });
    }

    /** Every candidate as the sync compares it with the causes. */
    List<RiskCandidateRules.Stored> stored() {
        return jdbc.prepareStatement(
                "SELECT id, cause_key, cause_state, status, org_unit_id, title, detail, version FROM risk_candidate",
                ps -> {
                    List<RiskCandidateRules.Stored> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new RiskCandidateRules.Stored(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getLong(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getLong(8)));
                        }
                    }
                    return found;
                });
    }

    /**
     * Locks the candidate's row until commit and reads its current status and version (a locking read
     * sees the latest commit). Taken before anything else a triage writes, so that a triage and the
     * sync lock rows and the audit chain in the same order.
     */
    Optional<Locked> lock(long id) {
        return jdbc.prepareStatement("SELECT status, version FROM risk_candidate WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Locked(rs.getString(1), rs.getLong(2))) : Optional.<Locked>empty();
            }
        });
    }

    private static SqlWhere where(@Nullable String status, @Nullable String underPath, Scope scope) {
        SqlWhere where = new SqlWhere()
                .andIfPresent("c.status = ?", status)
                .andIfPresent("u.path LIKE ?", underPath == null ? null : SqlWhere.escapeLike(underPath) + "%");
        return scope.restrict(where, "u.path");
    }

    private List<Scoped> rows(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<Scoped> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Scoped(view(rs), rs.getString("unit_path")));
                }
            }
            return found;
        });
    }

    private static RiskCandidateView view(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String state = rs.getString("cause_state");
        return new RiskCandidateView(
                rs.getLong("id"),
                kind,
                rs.getString("status"),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getObject("it_service_id", Long.class),
                rs.getString("service_name"),
                rs.getString("requirement_code"),
                RiskCandidateCause.assessmentStatus(kind, state),
                RiskCandidateCause.hosting(kind, state),
                rs.getObject("risk_id", Long.class),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("dismiss_motivation"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getLong("version"));
    }

    @Nullable
    private static Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
