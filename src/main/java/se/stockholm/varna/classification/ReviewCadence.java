package se.stockholm.varna.classification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;

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

    /** The months in force for a unit and the unit that set them; no unit means the city default. */
    record Effective(int months, @Nullable Long fromUnitId, @Nullable String fromUnitName) {}

    int monthsFor(long orgUnitId) {
        return effective(orgUnitId).months();
    }

    Effective effective(long orgUnitId) {
        return jdbc.prepareStatement(
                "SELECT rc.months, a.id, a.name FROM org_unit unit JOIN org_unit a ON unit.path LIKE CONCAT(a.path, '%')"
                        + " JOIN review_cadence rc ON rc.org_unit_id = a.id WHERE unit.id = ? ORDER BY a.depth DESC LIMIT 1",
                ps -> {
                    ps.setLong(1, orgUnitId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? new Effective(rs.getInt(1), rs.getLong(2), rs.getString(3))
                                : new Effective(defaultMonths, null, null);
                    }
                });
    }

    /** The unit's own setting, if it has one. */
    Optional<Integer> own(long orgUnitId) {
        return jdbc.prepareStatement("SELECT months FROM review_cadence WHERE org_unit_id = ?", ps -> {
            ps.setLong(1, orgUnitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.<Integer>empty();
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
