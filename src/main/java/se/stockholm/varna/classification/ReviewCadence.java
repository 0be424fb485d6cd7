package se.stockholm.varna.classification;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;

/**
 * How long a decided classification holds: the months set for the nearest organisation at or above
 * the informationsmängd's unit, else the city default (12 months unless configured).
 */
@Singleton
class ReviewCadence {

    private final JdbcOperations jdbc;
    private final int defaultMonths;

    ReviewCadence(JdbcOperations jdbc, @Value("${varna.classification.review-months:12}") int defaultMonths) {
        this.jdbc = jdbc;
        this.defaultMonths = defaultMonths;
    }

    int monthsFor(long orgUnitId) {
        return jdbc.prepareStatement(
                "SELECT rc.months FROM org_unit unit JOIN org_unit a ON unit.path LIKE CONCAT(a.path, '%')"
                        + " JOIN review_cadence rc ON rc.org_unit_id = a.id WHERE unit.id = ? ORDER BY a.depth DESC LIMIT 1",
                ps -> {
                    ps.setLong(1, orgUnitId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getInt(1) : defaultMonths;
                    }
                });
    }

    static LocalDate nextReview(LocalDate decidedOn, int months) {
        return decidedOn.plusMonths(months);
    }

    void set(long orgUnitId, int months) {
        jdbc.prepareStatement(
                "INSERT INTO review_cadence (org_unit_id, months) VALUES (?, ?) ON DUPLICATE KEY UPDATE months = VALUES(months)",
                ps -> {
                    ps.setLong(1, orgUnitId);
                    ps.setInt(2, months);
                    return ps.executeUpdate();
                });
    }
}
