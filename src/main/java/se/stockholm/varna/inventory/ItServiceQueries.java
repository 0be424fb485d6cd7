package se.stockholm.varna.inventory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped, filtered reads of it_service, with unit names and the processed assets the reader may see. */
@Singleton
class ItServiceQueries {

    private static final String FROM = " FROM it_service s JOIN org_unit u ON u.id = s.org_unit_id"
            + " JOIN org_unit r ON r.id = s.responsible_org_id JOIN hosting_kind h ON h.code = s.hosting";

    /** Filter values: all optional; status null means AKTIV. */
    record Filter(String text, String hosting, boolean thirdCountryOrCloud, String owner, String status) {}

    private final JdbcOperations jdbc;

    ItServiceQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ItServiceView> page(Filter filter, String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        List<Row> rows = jdbc.prepareStatement(
                "SELECT s.*, u.name AS unit_name, u.path AS unit_path, r.name AS responsible_name" + FROM + " WHERE "
                        + where.sql() + " ORDER BY s.name, s.id LIMIT ? OFFSET ?",
                ps -> rows(ps, where.paramsWith(page.size(), page.offset())));
        return withLinks(rows, scope);
    }

    long count(Filter filter, String underPath, Scope scope) {
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** One service and its unit path, for the scope check; its links filtered by the reader's scope. */
    Optional<Scoped> byId(long id, Scope scope) {
        List<Row> rows = jdbc.prepareStatement(
                "SELECT s.*, u.name AS unit_name, u.path AS unit_path, r.name AS responsible_name" + FROM
                        + " WHERE s.id = ?",
                ps -> rows(ps, List.of(id)));
        return rows.stream()
                .findFirst()
                .map(r -> new Scoped(withLinks(List.of(r), scope).getFirst(), r.path()));
    }

    record Scoped(ItServiceView view, String path) {}

    private record Row(ItServiceView view, String path) {}

    private static SqlWhere where(Filter f, String underPath, Scope scope) {
        SqlWhere where = LifecycleStatus.restrict(new SqlWhere(), "s.status", f.status());
        if (f.text() != null) {
            where.and(
                    "(s.name LIKE ? OR s.description LIKE ?)",
                    SqlWhere.contains(f.text()),
                    SqlWhere.contains(f.text()));
        }
        where.andIfPresent("s.hosting = ?", f.hosting())
                .andIfPresent("s.owner_username = ?", f.owner())
                .andIfPresent("u.path LIKE ?", underPath == null ? null : underPath + "%");
        if (f.thirdCountryOrCloud()) {
            where.and("(h.third_country OR s.cloud)");
        }
        return scope.restrict(where, "u.path");
    }

    /** Adds the processed assets in one query for the whole page, keeping only those in scope. */
    private List<ItServiceView> withLinks(List<Row> rows, Scope scope) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ItServiceView.LinkedAsset>> links = new HashMap<>();
        List<Object> ids =
                new ArrayList<>(rows.stream().map(r -> (Object) r.view().id()).toList());
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        jdbc.prepareStatement(
                "SELECT l.it_service_id, a.id, a.name, u.path FROM it_service_asset l"
                        + " JOIN information_asset a ON a.id = l.information_asset_id JOIN org_unit u ON u.id = a.org_unit_id"
                        + " WHERE l.it_service_id IN (" + marks + ") ORDER BY a.name",
                ps -> {
                    SqlWhere.bind(ps, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (scope.covers(rs.getString(4))) {
                                links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                        .add(new ItServiceView.LinkedAsset(rs.getLong(2), rs.getString(3)));
                            }
                        }
                    }
                    return null;
                });
        return rows.stream()
                .map(r -> withAssets(r.view(), links.getOrDefault(r.view().id(), List.of())))
                .toList();
    }

    private static ItServiceView withAssets(ItServiceView v, List<ItServiceView.LinkedAsset> assets) {
        return new ItServiceView(
                v.id(),
                v.name(),
                v.description(),
                v.orgUnitId(),
                v.orgUnitName(),
                v.responsibleOrgId(),
                v.responsibleOrgName(),
                v.ownerUsername(),
                v.ownerName(),
                v.administrator(),
                v.hosting(),
                v.cloud(),
                v.countries(),
                v.status(),
                assets,
                v.version());
    }

    private static List<Row> rows(PreparedStatement ps, List<Object> params) throws SQLException {
        SqlWhere.bind(ps, params);
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String countries = rs.getString("countries");
                rows.add(new Row(
                        new ItServiceView(
                                rs.getLong("id"),
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getLong("org_unit_id"),
                                rs.getString("unit_name"),
                                rs.getLong("responsible_org_id"),
                                rs.getString("responsible_name"),
                                rs.getString("owner_username"),
                                rs.getString("owner_name"),
                                rs.getString("administrator"),
                                rs.getString("hosting"),
                                rs.getBoolean("cloud"),
                                countries == null ? List.of() : Arrays.asList(countries.split(",")),
                                rs.getString("status"),
                                List.of(),
                                rs.getLong("version")),
                        rs.getString("unit_path")));
            }
        }
        return rows;
    }
}
