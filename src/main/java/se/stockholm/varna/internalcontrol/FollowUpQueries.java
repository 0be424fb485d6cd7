package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.SqlWhere;

/** Which follow-ups are missing: what is due in the open periods, per organisation. */
@Singleton
class FollowUpQueries {

    static final int LIMIT = 500;

    private final JdbcOperations jdbc;

    FollowUpQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Kontrollmoment of fastställda plans (also under revision) in scope, reported in an open period of
     * the plan's year, with no uppföljning there; late when the period has ended. At most {@link #LIMIT}.
     */
    List<MissingFollowUp> missing(Scope scope, @Nullable Integer year, @Nullable String underPath, LocalDate today) {
        SqlWhere where = new SqlWhere();
        where.and("c.status IN ('FASTSTALLD', 'UNDER_REVIDERING') AND rp.status = 'OPPEN'");
        where.and("NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.control_point_id = p.id AND f.period_id = rp.id)");
        where.andIfPresent("c.plan_year = ?", year);
        if (underPath != null) {
            where.and("u.path LIKE ?", SqlWhere.escapeLike(underPath) + "%");
        }
        SqlWhere scoped = scope.restrict(where, "u.path");
        String sql =
                "SELECT c.id, c.org_unit_id, u.name, c.plan_year, rp.code, rp.ends_on, p.id, p.title, p.responsible"
                        + " FROM control_point p JOIN control_plan c ON c.id = p.plan_id JOIN org_unit u ON u.id = c.org_unit_id"
                        + " JOIN control_point_period cpp ON cpp.control_point_id = p.id"
                        + " JOIN reporting_period rp ON rp.period_year = c.plan_year AND rp.code = cpp.period_code"
                        + " WHERE " + scoped.sql()
                        + " ORDER BY rp.ends_on, u.name, p.position_no LIMIT " + LIMIT;
        return jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, scoped.params());
            List<MissingFollowUp> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate ends = rs.getDate(6).toLocalDate();
                    found.add(new MissingFollowUp(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getString(5),
                            ends,
                            rs.getLong(7),
                            rs.getString(8),
                            rs.getString(9),
                            ends.isBefore(today)));
                }
            }
            return found;
        });
    }
}
