package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.SqlWhere;

/** Counts of open risks per matrix cell, inside a scope and optionally an organisation subtree. */
@Singleton
class RiskHeatmapQueries {

    private static final String FROM = " FROM risk r JOIN org_unit u ON u.id = r.org_unit_id";

    /** How many risks of one matrix have their assessment of the asked kind in one cell. */
    record Count(long matrixId, int likelihood, int consequence, int risks) {}

    private final JdbcOperations jdbc;

    RiskHeatmapQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> counts(String kind, @Nullable String underPath, Scope scope) {
        SqlWhere where = where(underPath, scope);
        return jdbc.prepareStatement(
                "SELECT r.matrix_id, a.likelihood, a.consequence, COUNT(*)" + FROM
                        + " JOIN risk_assessment a ON a.risk_id = r.id AND a.kind = ?"
                        + " WHERE " + where.sql()
                        + " GROUP BY r.matrix_id, a.likelihood, a.consequence",
                ps -> {
                    List<Object> params = new ArrayList<>();
                    params.add(kind);
                    params.addAll(where.params());
                    SqlWhere.bind(ps, params);
                    List<Count> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Count(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                        }
                    }
                    return found;
                });
    }

    /** Open risks in the selection without an assessment of the kind: they have no cell yet. */
    int unassessed(String kind, @Nullable String underPath, Scope scope) {
        SqlWhere where = where(underPath, scope)
                .and("NOT EXISTS (SELECT 1 FROM risk_assessment a WHERE a.risk_id = r.id AND a.kind = ?)", kind);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static SqlWhere where(@Nullable String underPath, Scope scope) {
        SqlWhere where = new SqlWhere().and("r.status <> 'STANGD'");
        if (underPath != null) {
            where.and("u.path LIKE ?", SqlWhere.escapeLike(underPath) + "%");
        }
        return scope.restrict(where, "u.path");
    }
}
