package se.stockholm.varna.internalcontrol;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped, filtered reads of exemptions; utgånget is computed against the given day. */
@Singleton
class ExemptionQueries {

    private static final String FROM =
            " FROM exemption e JOIN org_unit u ON u.id = e.org_unit_id JOIN org_unit o ON o.id = e.responsible_org_id";
    private static final String COLUMNS =
            "SELECT e.*, u.name AS unit_name, u.path AS unit_path, o.name AS responsible_name";
    /** Open requests first (in the order they wait), then the decided ones, newest first. */
    private static final String ORDER = " ORDER BY FIELD(e.status, 'UTKAST', 'KOMPLETTERING', 'INSKICKAD') DESC,"
            + " COALESCE(e.decided_at, e.submitted_at, e.created_at) DESC, e.id DESC";

    /** An exemption and the unit path it lives under, for the scope check. */
    record Scoped(ExemptionView view, String path) {}

    private final JdbcOperations jdbc;

    ExemptionQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Scoped> byId(long id, LocalDate today) {
        return rows(COLUMNS + FROM + " WHERE e.id = ?", List.of(id), today).stream()
                .findFirst();
    }

    List<ExemptionView> page(ExemptionFilter filter, String underPath, Scope scope, LocalDate today, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope, today);
        return rows(
                        COLUMNS + FROM + " WHERE " + where.sql() + ORDER + " LIMIT ? OFFSET ?",
                        where.paramsWith(page.size(), page.offset()),
                        today)
                .stream()
                .map(Scoped::view)
                .toList();
    }

    long count(ExemptionFilter filter, String underPath, Scope scope, LocalDate today) {
        SqlWhere where = where(filter, underPath, scope, today);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static SqlWhere where(ExemptionFilter f, String underPath, Scope scope, LocalDate today) {
        SqlWhere where = new SqlWhere();
        where.andIfPresent("e.status = ?", f.status());
        if (f.text() != null && !f.text().isBlank()) {
            String like = SqlWhere.contains(f.text().strip());
            where.and(
                    "(e.title LIKE ? OR e.requirement_ref LIKE ? OR e.requirement_code LIKE ? OR e.deviation LIKE ?)",
                    like,
                    like,
                    like,
                    like);
        }
        where.andIfPresent("u.path LIKE ?", underPath == null ? null : SqlWhere.escapeLike(underPath) + "%");
        if (f.onlyExpired()) {
            where.and("e.status = 'BEVILJAT' AND e.valid_until < ?", java.sql.Date.valueOf(today));
        }
        return scope.restrict(where, "u.path");
    }

    private List<Scoped> rows(String sql, List<Object> params, LocalDate today) {
        return jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<Scoped> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Scoped(view(rs, today), rs.getString("unit_path")));
                }
            }
            return found;
        });
    }

    private static ExemptionView view(ResultSet rs, LocalDate today) throws SQLException {
        String status = rs.getString("status");
        LocalDate validUntil = date(rs, "valid_until");
        return new ExemptionView(
                rs.getLong("id"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getLong("responsible_org_id"),
                rs.getString("responsible_name"),
                rs.getString("title"),
                rs.getString("requirement_ref"),
                rs.getString("requirement_code"),
                rs.getString("deviation"),
                rs.getString("investigation"),
                rs.getString("implementation_plan"),
                rs.getString("shared_impact"),
                date(rs, "requested_until"),
                status,
                ExemptionRules.expired(status, validUntil, today),
                rs.getString("submitted_by"),
                time(rs, "submitted_at"),
                rs.getString("sent_back_by"),
                time(rs, "sent_back_at"),
                rs.getString("sent_back_comment"),
                rs.getString("decided_by"),
                rs.getString("decided_by_name"),
                rs.getString("decided_role"),
                time(rs, "decided_at"),
                rs.getString("conditions"),
                validUntil,
                rs.getString("decision_reason"),
                rs.getString("decision_snapshot"),
                rs.getString("created_by"),
                time(rs, "created_at"),
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
