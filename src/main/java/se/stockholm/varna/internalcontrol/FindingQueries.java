package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.stockholm.varna.shared.SqlWhere;

/** Reads of findings with their review, unit and severity (without åtgärder and candidate), and the severity scale. */
@Singleton
class FindingQueries {

    private static final String SELECT =
            "SELECT f.*, u.name AS unit_name, u.path AS unit_path, r.title AS review_title,"
                    + " r.status AS review_status, ru.path AS review_path, s.name_sv, s.name_en, s.severity_rank"
                    + " FROM review_finding f JOIN review r ON r.id = f.review_id JOIN org_unit u ON u.id = f.org_unit_id"
                    + " JOIN org_unit ru ON ru.id = r.org_unit_id JOIN finding_severity s ON s.code = f.severity_code";

    /** A finding with the path of its unit and of its review's unit, and its review's status. */
    record Scoped(FindingView view, String path, String reviewPath, String reviewStatus) {}

    private final JdbcOperations jdbc;

    FindingQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Scoped> byId(long id) {
        return rows(SELECT + " WHERE f.id = ?", List.of(id)).stream().findFirst();
    }

    /** The findings of a review, the most severe first. */
    List<Scoped> ofReview(long reviewId) {
        return rows(SELECT + " WHERE f.review_id = ? ORDER BY s.severity_rank DESC, f.id", List.of(reviewId));
    }

    /** The severity scale, lowest first. */
    List<FindingSeverityView> severities() {
        return jdbc.prepareStatement(
                "SELECT code, name_sv, name_en, description_sv, severity_rank FROM finding_severity ORDER BY severity_rank",
                ps -> {
                    List<FindingSeverityView> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new FindingSeverityView(
                                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                        }
                    }
                    return found;
                });
    }

    /** Every finding that asks for a risk candidate and is not closed, city-wide: the causes of GRANSKNING candidates. */
    List<FindingView> raisingRisk() {
        return rows(SELECT + " WHERE f.raise_risk AND f.status <> 'STANGD' ORDER BY f.id", List.of()).stream()
                .map(Scoped::view)
                .toList();
    }

    private List<Scoped> rows(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<Scoped> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Scoped(
                            view(rs),
                            rs.getString("unit_path"),
                            rs.getString("review_path"),
                            rs.getString("review_status")));
                }
            }
            return found;
        });
    }

    private static FindingView view(ResultSet rs) throws SQLException {
        return new FindingView(
                rs.getLong("id"),
                rs.getLong("review_id"),
                rs.getString("review_title"),
                rs.getString("title"),
                rs.getString("observation"),
                rs.getString("severity_code"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getInt("severity_rank"),
                rs.getString("recommendation"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getBoolean("raise_risk"),
                rs.getString("status"),
                rs.getString("response"),
                rs.getString("responded_by"),
                instant(rs.getTimestamp("responded_at")),
                rs.getString("closing_comment"),
                rs.getString("closed_by"),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                List.of(),
                null,
                rs.getLong("version"));
    }

    @Nullable
    private static Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
