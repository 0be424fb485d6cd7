package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the published requirement catalogue and the self-assessments of it-tjänster. */
@Singleton
class RequirementQueries {

    private final JdbcOperations jdbc;
    private final ServiceLevelQueries rows;

    RequirementQueries(JdbcOperations jdbc, ServiceLevelQueries rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The published catalogue (the highest published version), its requirements by aspect and catalogue order. */
    Optional<RequirementCatalogue> published() {
        Optional<RequirementCatalogue> head = jdbc.prepareStatement(
                "SELECT id, version_no, title FROM requirement_catalogue WHERE status = 'PUBLICERAD'"
                        + " ORDER BY version_no DESC LIMIT 1",
                ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new RequirementCatalogue(
                                        rs.getLong(1), rs.getInt(2), rs.getString(3), List.of()))
                                : Optional.<RequirementCatalogue>empty();
                    }
                });
        return head.map(c -> new RequirementCatalogue(c.id(), c.versionNo(), c.title(), requirements(c.id())));
    }

    private List<Requirement> requirements(long catalogueId) {
        return jdbc.prepareStatement(
                "SELECT r.code, r.aspect, r.min_level, r.kind, r.iso_control, r.title_sv, r.text_sv"
                        + " FROM protection_requirement r JOIN classification_aspect x ON x.code = r.aspect"
                        + " WHERE r.catalogue_id = ? ORDER BY x.sort_order, r.sort_order, r.code",
                ps -> {
                    ps.setLong(1, catalogueId);
                    List<Requirement> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Requirement(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7)));
                        }
                    }
                    return found;
                });
    }

    /** Per service, its self-assessments by requirement code (requirement, status, comment, who, when, version). */
    Map<Long, Map<String, Assessment>> assessments(Collection<Long> serviceIds) {
        Map<Long, Map<String, Assessment>> found = new HashMap<>();
        rows.each(
                "SELECT it_service_id, requirement_code, status, comment, assessed_by, assessed_at, version"
                        + " FROM requirement_assessment WHERE it_service_id IN ("
                        + ServiceLevelQueries.marks(serviceIds)
                        + ")",
                serviceIds,
                rs -> found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(
                                rs.getString(2),
                                new Assessment(
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC),
                                        rs.getLong(7))));
        return found;
    }
}
