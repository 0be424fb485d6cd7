package se.stockholm.varna.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** The filtered, scoped reads whose WHERE clause depends on the filter and on the user's scope. */
@Singleton
class OrgUnitQueries {

    private static final String COLUMNS =
            "id, code, name, kind, parent_id, intressebolag, path, depth, valid_from, valid_to, current_since, version";

    private final JdbcOperations jdbc;

    OrgUnitQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<OrgUnitEntity> page(OrgUnitFilter filter, Scope scope, LocalDate today, PageRequest page) {
        SqlWhere where = where(filter, scope, today, null);
        return list(
                "SELECT " + COLUMNS + " FROM org_unit WHERE " + where.sql() + " ORDER BY name, id LIMIT ? OFFSET ?",
                where.paramsWith(page.size(), page.offset()));
    }

    @Transactional(readOnly = true)
    long count(OrgUnitFilter filter, Scope scope, LocalDate today) {
        SqlWhere where = where(filter, scope, today, null);
        return jdbc.prepareStatement("SELECT COUNT(*) FROM org_unit WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The subtree under {@code rootPath}, depth-first, limited to the scope. */
    @Transactional(readOnly = true)
    List<OrgUnitEntity> subtree(String rootPath, boolean includeClosed, Scope scope, LocalDate today) {
        SqlWhere where = where(new OrgUnitFilter(null, null, includeClosed), scope, today, rootPath);
        return list("SELECT " + COLUMNS + " FROM org_unit WHERE " + where.sql() + " ORDER BY path", where.params());
    }

    private static SqlWhere where(OrgUnitFilter filter, Scope scope, LocalDate today, String underPath) {
        SqlWhere where = new SqlWhere().andIfPresent("kind = ?", filter.kind());
        if (filter.text() != null) {
            where.and(
                    "(name LIKE ? OR code LIKE ?)", SqlWhere.contains(filter.text()), SqlWhere.contains(filter.text()));
        }
        if (!filter.includeClosed()) {
            where.and("(valid_to IS NULL OR valid_to >= ?)", Date.valueOf(today));
        }
        where.andIfPresent("path LIKE ?", underPath == null ? null : underPath + "%");
        return scope.restrict(where, "path");
    }

    private List<OrgUnitEntity> list(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<OrgUnitEntity> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    private static OrgUnitEntity map(ResultSet rs) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrgUnitEntity(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"),
                parentId,
                rs.getBoolean("intressebolag"),
                rs.getString("path"),
                rs.getInt("depth"),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                rs.getDate("current_since").toLocalDate(),
                rs.getLong("version"));
    }
}
