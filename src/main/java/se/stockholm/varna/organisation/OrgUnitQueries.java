package se.stockholm.varna.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.shared.PageRequest;

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
        Where where = where(filter, scope, today, null);
        String sql = "SELECT " + COLUMNS + " FROM org_unit WHERE " + where.sql + " ORDER BY name, id LIMIT ? OFFSET ?";
        List<Object> params = new ArrayList<>(where.params);
        params.add(page.size());
        params.add(page.offset());
        return list(sql, params);
    }

    @Transactional(readOnly = true)
    long count(OrgUnitFilter filter, Scope scope, LocalDate today) {
        Where where = where(filter, scope, today, null);
        return jdbc.prepareStatement("SELECT COUNT(*) FROM org_unit WHERE " + where.sql, ps -> {
            bind(ps, where.params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The subtree under {@code rootPath}, depth-first, limited to the scope. */
    @Transactional(readOnly = true)
    List<OrgUnitEntity> subtree(String rootPath, boolean includeClosed, Scope scope, LocalDate today) {
        Where where = where(new OrgUnitFilter(null, null, includeClosed), scope, today, rootPath);
        return list("SELECT " + COLUMNS + " FROM org_unit WHERE " + where.sql + " ORDER BY path", where.params);
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(OrgUnitFilter filter, Scope scope, LocalDate today, String underPath) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            params.add(filter.kind());
        }
        if (filter.text() != null) {
            String like = "%" + escapeLike(filter.text()) + "%";
            sql.append(" AND (name LIKE ? OR code LIKE ?)");
            params.add(like);
            params.add(like);
        }
        if (!filter.includeClosed()) {
            sql.append(" AND (valid_to IS NULL OR valid_to >= ?)");
            params.add(Date.valueOf(today));
        }
        if (underPath != null) {
            sql.append(" AND path LIKE ?");
            params.add(underPath + "%");
        }
        if (!scope.all()) {
            if (scope.rootPaths().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND (")
                        .append(String.join(
                                " OR ",
                                scope.rootPaths().stream()
                                        .map(p -> "path LIKE ?")
                                        .toList()))
                        .append(")");
                scope.rootPaths().forEach(p -> params.add(p + "%"));
            }
        }
        return new Where(sql.toString(), params);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<OrgUnitEntity> list(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            List<OrgUnitEntity> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
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
