package se.stockholm.varna.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The acceptance rows. There is no statement that changes a rationale, an expiry or a snapshot: an
 * acceptance only moves between statuses.
 */
@Singleton
class RiskAcceptanceQueries {

    private static final String COLUMNS =
            "SELECT id, risk_id, status, rationale, expires_on, accepted_by, accepted_by_name,"
                    + " accepted_role, accepted_at, second_by, second_at, second_comment, snapshot FROM risk_acceptance";

    private final JdbcOperations jdbc;

    RiskAcceptanceQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<RiskAcceptanceView> ofRisk(long riskId) {
        return jdbc.prepareStatement(COLUMNS + " WHERE risk_id = ? ORDER BY id DESC", ps -> {
            ps.setLong(1, riskId);
            return read(ps.executeQuery());
        });
    }

    long insert(
            long riskId,
            String status,
            String rationale,
            LocalDate expiresOn,
            String by,
            String byName,
            String role,
            LocalDateTime at,
            String snapshot) {
        return jdbc.prepareStatement(
                "INSERT INTO risk_acceptance (risk_id, status, rationale, expires_on, accepted_by, accepted_by_name,"
                        + " accepted_role, accepted_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                ps -> {
                    ps.setLong(1, riskId);
                    ps.setString(2, status);
                    ps.setString(3, rationale);
                    ps.setObject(4, expiresOn);
                    ps.setString(5, by);
                    ps.setString(6, byName);
                    ps.setString(7, role);
                    ps.setObject(8, at);
                    ps.setString(9, snapshot);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** Earlier acceptances of the risk that were in force or waiting are superseded by a new one. */
    void supersede(long riskId, long keep) {
        jdbc.prepareStatement(
                "UPDATE risk_acceptance SET status = 'ERSATT' WHERE risk_id = ? AND id <> ?"
                        + " AND status IN ('GALLANDE', 'VANTAR_PA_CENTRAL')",
                ps -> {
                    ps.setLong(1, riskId);
                    ps.setLong(2, keep);
                    return ps.executeUpdate();
                });
    }

    int second(long id, String newStatus, String by, String role, LocalDateTime at, String comment) {
        return jdbc.prepareStatement(
                "UPDATE risk_acceptance SET status = ?, second_by = ?, second_role = ?, second_at = ?, second_comment = ?"
                        + " WHERE id = ? AND status = 'VANTAR_PA_CENTRAL'",
                ps -> {
                    ps.setString(1, newStatus);
                    ps.setString(2, by);
                    ps.setString(3, role);
                    ps.setObject(4, at);
                    ps.setString(5, comment);
                    ps.setLong(6, id);
                    return ps.executeUpdate();
                });
    }

    /** Risks whose acceptance in force has expired before {@code today}. */
    List<Long> expiredRisks(LocalDate today) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT risk_id FROM risk_acceptance WHERE status = 'GALLANDE' AND expires_on < ?", ps -> {
                    ps.setObject(1, today);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    void expire(long riskId, LocalDate today) {
        jdbc.prepareStatement(
                "UPDATE risk_acceptance SET status = 'UTGANGEN' WHERE risk_id = ? AND status = 'GALLANDE' AND expires_on < ?",
                ps -> {
                    ps.setLong(1, riskId);
                    ps.setObject(2, today);
                    return ps.executeUpdate();
                });
    }

    private static List<RiskAcceptanceView> read(ResultSet rs) throws SQLException {
        List<RiskAcceptanceView> found = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                Timestamp second = rs.getTimestamp(11);
                found.add(new RiskAcceptanceView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getString(10),
                        second == null ? null : second.toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getString(12),
                        rs.getString(13)));
            }
        }
        return found;
    }
}
