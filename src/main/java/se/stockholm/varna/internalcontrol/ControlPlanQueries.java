package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.SqlWhere;

/**
 * The SQL of plans: kontrollmoment with their risks and periods, the plan list with its follow-up
 * counts, and the ansvariga organisationer a plan can be made for. Risk titles are read from the risk
 * register's table for display only; every write to risks goes through the risk module's services.
 */
@Singleton
class ControlPlanQueries {

    private final JdbcOperations jdbc;

    ControlPlanQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ControlFrequency> frequencies() {
        return jdbc.prepareStatement("SELECT code, name_sv, name_en FROM control_frequency ORDER BY sort_no", ps -> {
            List<ControlFrequency> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ControlFrequency(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return found;
        });
    }

    List<ControlPointView> points(long planId) {
        Map<Long, List<ControlPointView.LinkedRisk>> risks = new HashMap<>();
        Map<Long, List<String>> periods = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT l.control_point_id, r.id, r.title, r.status, r.significant FROM control_point_risk l"
                        + " JOIN control_point p ON p.id = l.control_point_id JOIN risk r ON r.id = l.risk_id"
                        + " WHERE p.plan_id = ? ORDER BY r.title",
                ps -> {
                    ps.setLong(1, planId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            risks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new ControlPointView.LinkedRisk(
                                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                        }
                    }
                    return null;
                });
        jdbc.prepareStatement(
                "SELECT l.control_point_id, l.period_code FROM control_point_period l"
                        + " JOIN control_point p ON p.id = l.control_point_id"
                        + " LEFT JOIN reporting_period_default d ON d.code = l.period_code"
                        + " WHERE p.plan_id = ? ORDER BY d.sort_no, l.period_code",
                ps -> {
                    ps.setLong(1, planId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        }
                    }
                    return null;
                });
        return jdbc.prepareStatement(
                "SELECT p.id, p.plan_id, p.title, p.what_checked, p.method, p.frequency_code, f.name_sv,"
                        + " p.responsible, p.position_no, p.version FROM control_point p"
                        + " JOIN control_frequency f ON f.code = p.frequency_code WHERE p.plan_id = ? ORDER BY p.position_no",
                ps -> {
                    ps.setLong(1, planId);
                    List<ControlPointView> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            found.add(new ControlPointView(
                                    id,
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getInt(9),
                                    risks.getOrDefault(id, List.of()),
                                    periods.getOrDefault(id, List.of()),
                                    rs.getLong(10)));
                        }
                    }
                    return found;
                });
    }

    void replaceLinks(long pointId, List<Long> riskIds, List<String> periodCodes) {
        jdbc.prepareStatement("DELETE FROM control_point_risk WHERE control_point_id = ?", ps -> {
            ps.setLong(1, pointId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM control_point_period WHERE control_point_id = ?", ps -> {
            ps.setLong(1, pointId);
            return ps.executeUpdate();
        });
        for (Long risk : riskIds) {
            insert("INSERT INTO control_point_risk (control_point_id, risk_id) VALUES (?, ?)", pointId, risk);
        }
        for (String code : periodCodes) {
            insert("INSERT INTO control_point_period (control_point_id, period_code) VALUES (?, ?)", pointId, code);
        }
    }

    /** The risks some kontrollmoment of the plan already covers. */
    List<Long> coveredRisks(long planId) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT l.risk_id FROM control_point_risk l JOIN control_point p ON p.id = l.control_point_id"
                        + " WHERE p.plan_id = ?",
                ps -> {
                    ps.setLong(1, planId);
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    return found;
                });
    }

    /** Plans in scope, newest year first, with how many kontrollmoment, follow-ups and avvikelser they have. */
    PageView<ControlPlanSummary> list(
            Scope scope, @Nullable Integer year, @Nullable String underPath, PageRequest page) {
        SqlWhere where = new SqlWhere();
        where.andIfPresent("c.plan_year = ?", year);
        if (underPath != null) {
            where.and("u.path LIKE ?", SqlWhere.escapeLike(underPath) + "%");
        }
        SqlWhere scoped = scope.restrict(where, "u.path");
        String from = " FROM control_plan c JOIN org_unit u ON u.id = c.org_unit_id WHERE " + scoped.sql();
        long total = jdbc.prepareStatement("SELECT COUNT(*)" + from, ps -> {
            SqlWhere.bind(ps, scoped.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String sql = "SELECT c.id, c.org_unit_id, u.name, c.plan_year, c.status, c.decided_on,"
                + " (SELECT COUNT(*) FROM control_point p WHERE p.plan_id = c.id),"
                + " (SELECT COUNT(*) FROM follow_up f JOIN control_point p ON p.id = f.control_point_id WHERE p.plan_id = c.id),"
                + " (SELECT COUNT(*) FROM follow_up f JOIN control_point p ON p.id = f.control_point_id"
                + "   WHERE p.plan_id = c.id AND f.result <> 'UTAN_ANMARKNING'), c.version"
                + from + " ORDER BY c.plan_year DESC, u.name LIMIT ? OFFSET ?";
        List<ControlPlanSummary> items = jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, scoped.paramsWith(page.size(), page.offset()));
            List<ControlPlanSummary> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(summary(rs));
                }
            }
            return found;
        });
        return new PageView<>(items, page.page(), page.size(), total);
    }

    /** The open ansvariga organisationer (nämnd, stadsdelsnämnd, koncern, bolag) in scope. */
    List<OrgUnitChoice> responsibleOrgs(Scope scope) {
        SqlWhere where = new SqlWhere().and("k.ansvarig = TRUE AND u.valid_to IS NULL");
        SqlWhere scoped = scope.restrict(where, "u.path");
        return jdbc.prepareStatement(
                "SELECT u.id, u.name FROM org_unit u JOIN org_unit_kind k ON k.code = u.kind WHERE " + scoped.sql()
                        + " ORDER BY u.name",
                ps -> {
                    SqlWhere.bind(ps, scoped.params());
                    List<OrgUnitChoice> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new OrgUnitChoice(rs.getLong(1), rs.getString(2)));
                        }
                    }
                    return found;
                });
    }

    private void insert(String sql, long id, Object other) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, id);
            ps.setObject(2, other);
            return ps.executeUpdate();
        });
    }

    private static ControlPlanSummary summary(ResultSet rs) throws SQLException {
        java.sql.Date decided = rs.getDate(6);
        return new ControlPlanSummary(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                decided == null ? null : decided.toLocalDate(),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getLong(10));
    }
}
