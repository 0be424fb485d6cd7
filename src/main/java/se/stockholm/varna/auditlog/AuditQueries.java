package se.stockholm.varna.auditlog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;

/** Scoped, filtered reads of audit_event; an event belongs to the scope of its OrgUnit. */
@Singleton
class AuditQueries {

    private final JdbcOperations jdbc;

    AuditQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEventView> page(AuditFilter filter, String underPath, Scope scope, PageRequest page) {
        Where where = where(filter, underPath, scope);
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        return jdbc.prepareStatement(
                "SELECT " + AuditRows.COLUMNS + FROM + where.sql() + " ORDER BY e.id DESC LIMIT ? OFFSET ?", ps -> {
                    bind(ps, params);
                    List<AuditEventView> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(AuditRows.map(rs));
                        }
                    }
                    return rows;
                });
    }

    long count(AuditFilter filter, String underPath, Scope scope) {
        Where where = where(filter, underPath, scope);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + where.sql(), ps -> {
            bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static final String FROM = " FROM audit_event e LEFT JOIN org_unit u ON u.id = e.org_unit_id WHERE ";

    private record Where(String sql, List<Object> params) {}

    private static Where where(AuditFilter filter, String underPath, Scope scope) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.entityType() != null) {
            sql.append(" AND e.entity_type = ?");
            params.add(filter.entityType());
        }
        if (filter.entityId() != null) {
            sql.append(" AND e.entity_id = ?");
            params.add(filter.entityId());
        }
        if (underPath != null) {
            sql.append(" AND u.path LIKE ?");
            params.add(underPath + "%");
        }
        if (!scope.all()) {
            // events without an OrgUnit (platform settings) are for city-wide roles only
            sql.append(
                    scope.rootPaths().isEmpty()
                            ? " AND 1 = 0"
                            : " AND ("
                                    + String.join(
                                            " OR ",
                                            scope.rootPaths().stream()
                                                    .map(p -> "u.path LIKE ?")
                                                    .toList()) + ")");
            scope.rootPaths().forEach(p -> params.add(p + "%"));
        }
        return new Where(sql.toString(), params);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
