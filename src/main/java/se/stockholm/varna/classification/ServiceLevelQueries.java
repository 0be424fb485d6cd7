package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.SqlWhere;

/**
 * Reads what inheritance needs, over every processed informationsmängd whatever the reader's scope
 * (the level is a property of the service): it-tjänster with their hosting, the processed active
 * informationsmängder with the levels of their decided classification, and the recorded levels.
 * Also writes the recorded levels (service_level_override).
 */
@Singleton
class ServiceLevelQueries {

    private static final String SERVICES = "SELECT s.id, s.name, s.org_unit_id, u.path, s.responsible_org_id,"
            + " r.name AS responsible_name, s.status, s.hosting, h.third_country, s.cloud, s.countries"
            + " FROM it_service s JOIN org_unit u ON u.id = s.org_unit_id"
            + " JOIN org_unit r ON r.id = s.responsible_org_id JOIN hosting_kind h ON h.code = s.hosting";

    private final JdbcOperations jdbc;

    ServiceLevelQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceRow> service(long id) {
        return services(new SqlWhere().and("s.id = ?", id)).stream().findFirst();
    }

    /** Active services in the scope (and under a path), by name; optionally only cloud or third country. */
    List<ServiceRow> activeServices(@Nullable String underPath, Scope scope, boolean cloudOrThirdCountry) {
        SqlWhere where = new SqlWhere().and("s.status = 'AKTIV'").andIfPresent("u.path LIKE ?", like(underPath));
        if (cloudOrThirdCountry) {
            where.and("(h.third_country OR s.cloud)");
        }
        return services(scope.restrict(where, "u.path"));
    }

    /** Active services belonging to exactly these org units, by name; optionally only cloud or third country. */
    List<ServiceRow> activeServicesOfUnits(Collection<Long> orgUnitIds, boolean cloudOrThirdCountry) {
        SqlWhere where = new SqlWhere()
                .and("s.status = 'AKTIV'")
                .and("s.org_unit_id IN (" + marks(orgUnitIds) + ")", orgUnitIds.toArray());
        if (cloudOrThirdCountry) {
            where.and("(h.third_country OR s.cloud)");
        }
        return services(where);
    }

    /** Serialises changes to one service's levels and assessments (InnoDB row lock until commit). */
    void lock(long serviceId) {
        jdbc.prepareStatement("SELECT id FROM it_service WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, serviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Per service, its active processed informationsmängder by name, with their decided levels. */
    Map<Long, List<ProcessedAsset>> processedAssets(Collection<Long> serviceIds) {
        Map<Long, Map<Long, ProcessedAsset>> found = new HashMap<>();
        each(
                "SELECT l.it_service_id, a.id, a.name, u.path, a.personal_data, c.id AS cid, x.aspect, x.level"
                        + " FROM it_service_asset l JOIN information_asset a ON a.id = l.information_asset_id"
                        + " JOIN org_unit u ON u.id = a.org_unit_id"
                        + " LEFT JOIN classification c ON c.information_asset_id = a.id AND c.status = 'BESLUTAD'"
                        + " LEFT JOIN classification_aspect_level x ON x.classification_id = c.id"
                        + " WHERE a.status = 'AKTIV' AND l.it_service_id IN (" + marks(serviceIds) + ")"
                        + " ORDER BY a.name, a.id",
                serviceIds,
                rs -> {
                    long assetId = rs.getLong(2);
                    String name = rs.getString(3);
                    String path = rs.getString(4);
                    String personalData = rs.getString(5);
                    boolean classified = rs.getObject("cid") != null;
                    String aspect = rs.getString(7);
                    int level = rs.getInt(8);
                    ProcessedAsset asset = found.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    assetId,
                                    k -> new ProcessedAsset(
                                            assetId, name, path, personalData, classified ? new HashMap<>() : null));
                    if (classified && aspect != null) {
                        asset.levels().put(aspect, level);
                    }
                });
        Map<Long, List<ProcessedAsset>> result = new HashMap<>();
        found.forEach((service, assets) -> result.put(
                service,
                assets.values().stream()
                        .map(a -> a.classified()
                                ? new ProcessedAsset(
                                        a.id(), a.name(), a.path(), a.personalData(), Map.copyOf(a.levels()))
                                : a)
                        .toList()));
        return result;
    }

    /** Per service, the recorded levels by aspect. */
    Map<Long, Map<String, ProtectionLevelsView.LevelOverride>> overrides(Collection<Long> serviceIds) {
        Map<Long, Map<String, ProtectionLevelsView.LevelOverride>> found = new HashMap<>();
        each(
                "SELECT it_service_id, aspect, level, motivation, set_by, set_at FROM service_level_override"
                        + " WHERE it_service_id IN (" + marks(serviceIds) + ")",
                serviceIds,
                rs -> found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(
                                rs.getString(2),
                                new ProtectionLevelsView.LevelOverride(
                                        rs.getInt(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC))));
        return found;
    }

    void saveOverride(long serviceId, String aspect, int level, String motivation, String by, LocalDateTime at) {
        jdbc.prepareStatement(
                "INSERT INTO service_level_override (it_service_id, aspect, level, motivation, set_by, set_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE level = VALUES(level),"
                        + " motivation = VALUES(motivation), set_by = VALUES(set_by), set_at = VALUES(set_at)",
                ps -> {
                    SqlWhere.bind(ps, List.of(serviceId, aspect, level, motivation, by, at));
                    return ps.executeUpdate();
                });
    }

    void deleteOverride(long serviceId, String aspect) {
        jdbc.prepareStatement("DELETE FROM service_level_override WHERE it_service_id = ? AND aspect = ?", ps -> {
            SqlWhere.bind(ps, List.of(serviceId, aspect));
            return ps.executeUpdate();
        });
    }

    private List<ServiceRow> services(SqlWhere where) {
        return jdbc.prepareStatement(SERVICES + " WHERE " + where.sql() + " ORDER BY s.name, s.id", ps -> {
            SqlWhere.bind(ps, where.params());
            List<ServiceRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String countries = rs.getString("countries");
                    rows.add(new ServiceRow(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getLong("org_unit_id"),
                            rs.getString("path"),
                            rs.getLong("responsible_org_id"),
                            rs.getString("responsible_name"),
                            rs.getString("status"),
                            rs.getString("hosting"),
                            rs.getBoolean("third_country"),
                            rs.getBoolean("cloud"),
                            countries == null || countries.isBlank()
                                    ? List.of()
                                    : Arrays.asList(countries.split(","))));
                }
            }
            return rows;
        });
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with an IN list of ids; an empty list reads nothing. */
    void each(String sql, Collection<Long> ids, RowReader reader) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, new ArrayList<Object>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    static String marks(Collection<Long> ids) {
        return String.join(",", ids.stream().map(i -> "?").toList());
    }

    @Nullable
    private static String like(@Nullable String path) {
        return path == null ? null : SqlWhere.escapeLike(path) + "%";
    }
}
