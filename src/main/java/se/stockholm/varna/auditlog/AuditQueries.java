package se.stockholm.varna.auditlog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped, filtered reads of audit_event; an event belongs to the scope of its OrgUnit. */
@Singleton
class AuditQueries {

    private final JdbcOperations jdbc;

    AuditQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEventView> page(AuditFilter filter, String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        List<Object> params = where.paramsWith(page.size(), page.offset());
        return jdbc.prepareStatement(
                "SELECT " + AuditRows.COLUMNS + FROM + where.sql() + " ORDER BY e.id DESC LIMIT ? OFFSET ?", ps -> {
                    SqlWhere.bind(ps, params);
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
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static final String FROM = " FROM audit_event e LEFT JOIN org_unit u ON u.id = e.org_unit_id WHERE ";

    private static SqlWhere where(AuditFilter filter, String underPath, Scope scope) {
        SqlWhere where = new SqlWhere()
                .andIfPresent("e.entity_type = ?", filter.entityType())
                .andIfPresent("e.entity_id = ?", filter.entityId())
                .andIfPresent("u.path LIKE ?", underPath == null ? null : underPath + "%");
        // events without an OrgUnit (platform settings) are for city-wide roles only
        return scope.restrict(where, "u.path");
    }
}
