package se.stockholm.varna.risk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Risks written straight into the tables, for tests of reads (the heatmap) that must not depend on
 * the risk API: a risk row and its assessments, as the risk services would store them.
 */
final class RiskRows {

    private final DataSource dataSource;

    RiskRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long unitId(String code) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no org unit " + code);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A risk of {@code unitCode} (answered for by {@code responsibleCode}) assessed with matrix {@code matrixId}. */
    long risk(String title, String unitCode, String responsibleCode, long matrixId, String status) {
        String sql = "INSERT INTO risk (title, org_unit_id, responsible_org_id, owner_username, context, source,"
                + " matrix_id, status, created_by, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'agare.bromma', 'LINJEVERKSAMHET', 'MANUELL', ?, ?, 'test', NOW(3), NOW(3), 0)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, title);
            ps.setLong(2, unitId(unitCode));
            ps.setLong(3, unitId(responsibleCode));
            ps.setLong(4, matrixId);
            ps.setString(5, status);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            commit(c);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An assessment of kind INNEBOENDE, NUVARANDE or KVARVARANDE in the cell (likelihood, consequence). */
    void assess(long riskId, String kind, int likelihood, int consequence, String band) {
        String sql = "INSERT INTO risk_assessment (risk_id, kind, likelihood, consequence, band_code, motivation,"
                + " assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, 'Bedömd i test.', 'samordnare.bromma', NOW(3))";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, riskId);
            ps.setString(2, kind);
            ps.setInt(3, likelihood);
            ps.setInt(4, consequence);
            ps.setString(5, band);
            ps.executeUpdate();
            commit(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit(); // the pool may hand out connections without auto-commit
        }
    }
}
