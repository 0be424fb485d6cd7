package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/**
 * Scoped reads of granskningar. A review concerns its audited unit and the units of its findings: it
 * is visible to whoever sees any of them, and the unit filter matches on any of them too.
 */
@Singleton
class ReviewQueries {

    private static final String FROM = " FROM review r JOIN org_unit u ON u.id = r.org_unit_id"
            + " JOIN org_unit o ON o.id = r.responsible_org_id";
    private static final String COLUMNS = "SELECT r.*, u.name AS unit_name, u.path AS unit_path,"
            + " o.name AS responsible_name,"
            + " (SELECT COUNT(*) FROM review_finding f WHERE f.review_id = r.id) AS finding_count,"
            + " (SELECT COUNT(*) FROM review_finding f WHERE f.review_id = r.id AND f.status <> 'STANGD') AS open_count";

    /** A review with the path of its unit and of its findings' units, for the scope checks. */
    record Scoped(ReviewView view, String path, List<String> findingPaths) {

        boolean visibleIn(Scope scope) {
            return scope.covers(path) || findingPaths.stream().anyMatch(scope::covers);
        }
    }

    private final JdbcOperations jdbc;

    ReviewQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Scoped> byId(long id) {
        return jdbc.prepareStatement(COLUMNS + FROM + " WHERE r.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Scoped(view(rs), rs.getString("unit_path"), findingPaths(id)))
                        : Optional.<Scoped>empty();
            }
        });
    }

    /** One page, the most recent first (started, else planned, else registered). */
    List<ReviewView> page(ReviewFilter filter, @Nullable String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement(
                COLUMNS + FROM + " WHERE " + where.sql()
                        + " ORDER BY COALESCE(r.started_on, r.planned_on, DATE(r.created_at)) DESC, r.id DESC"
                        + " LIMIT ? OFFSET ?",
                ps -> {
                    SqlWhere.bind(ps, where.paramsWith(page.size(), page.offset()));
                    List<ReviewView> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(view(rs));
                        }
                    }
                    return found;
                });
    }

    long count(ReviewFilter filter, @Nullable String underPath, Scope scope) {
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** How many findings of the review lie outside the subtree at {@code path} (a move must keep them inside). */
    long findingsOutside(long reviewId, String path) {
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM review_finding f JOIN org_unit u ON u.id = f.org_unit_id"
                        + " WHERE f.review_id = ? AND u.path NOT LIKE ?",
                ps -> {
                    ps.setLong(1, reviewId);
                    ps.setString(2, SqlWhere.escapeLike(path) + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private List<String> findingPaths(long reviewId) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT u.path FROM review_finding f JOIN org_unit u ON u.id = f.org_unit_id WHERE f.review_id = ?",
                ps -> {
                    ps.setLong(1, reviewId);
                    List<String> paths = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            paths.add(rs.getString(1));
                        }
                    }
                    return paths;
                });
    }

    private static SqlWhere where(ReviewFilter f, @Nullable String underPath, Scope scope) {
        SqlWhere where = new SqlWhere().andIfPresent("r.status = ?", f.status()).andIfPresent("r.kind = ?", f.kind());
        if (!ReviewRules.blank(f.text())) {
            String like = SqlWhere.contains(f.text().strip());
            where.and(
                    "(r.title LIKE ? OR r.scope_text LIKE ? OR r.auditor_name LIKE ? OR r.auditor_organisation LIKE ?)",
                    like,
                    like,
                    like,
                    like);
        }
        if (underPath != null) {
            concerning(where, List.of(underPath));
        }
        if (!scope.all()) {
            concerning(where, scope.rootPaths());
        }
        return where;
    }

    /** The review's unit or one of its findings' units lies under one of the paths; no path matches nothing. */
    private static void concerning(SqlWhere where, List<String> paths) {
        if (paths.isEmpty()) {
            where.and("1 = 0");
            return;
        }
        String reviewUnit =
                String.join(" OR ", paths.stream().map(p -> "u.path LIKE ?").toList());
        String findingUnit =
                String.join(" OR ", paths.stream().map(p -> "cu.path LIKE ?").toList());
        List<Object> params = new ArrayList<>();
        paths.forEach(p -> params.add(SqlWhere.escapeLike(p) + "%"));
        paths.forEach(p -> params.add(SqlWhere.escapeLike(p) + "%"));
        where.and(
                "(" + reviewUnit
                        + " OR EXISTS (SELECT 1 FROM review_finding cf JOIN org_unit cu ON cu.id = cf.org_unit_id"
                        + " WHERE cf.review_id = r.id AND (" + findingUnit + ")))",
                params.toArray());
    }

    private static ReviewView view(ResultSet rs) throws SQLException {
        return new ReviewView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getBoolean("independent"),
                rs.getString("title"),
                rs.getString("scope_text"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getLong("responsible_org_id"),
                rs.getString("responsible_name"),
                rs.getString("auditor_name"),
                rs.getString("auditor_organisation"),
                date(rs.getDate("planned_on")),
                date(rs.getDate("started_on")),
                date(rs.getDate("ended_on")),
                rs.getString("status"),
                rs.getString("report_reference"),
                rs.getInt("finding_count"),
                rs.getInt("open_count"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                rs.getLong("version"));
    }

    @Nullable
    private static LocalDate date(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
