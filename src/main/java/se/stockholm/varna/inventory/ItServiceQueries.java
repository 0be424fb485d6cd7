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
            + " JOIN org_unit r ON r.id = s.responsible_org_id JOIN hosting_kind h ON h.code = s.hosting"
            + " LEFT JOIN supplier p ON p.id = s.supplier_id";
    private static final String COLUMNS =
            "SELECT s.*, u.name AS unit_name, u.path AS unit_path, r.name AS responsible_name, p.name AS supplier_name";

    /** Filter values: all optional; status null means AKTIV. */
    record Filter(String text, String hosting, boolean thirdCountryOrCloud, String owner, String status) {}

    private final JdbcOperations jdbc;

    ItServiceQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ItServiceView> page(Filter filter, String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        List<Row> rows = jdbc.prepareStatement(
                COLUMNS + FROM + " WHERE " + where.sql() + " ORDER BY s.name, s.id LIMIT ? OFFSET ?",
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
        List<Row> rows = jdbc.prepareStatement(COLUMNS + FROM + " WHERE s.id = ?", ps -> rows(ps, List.of(id)));
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

    /**
     * Adds, in one query each for the whole page, the processed assets (only those in scope) and the
     * org units that use the services.
     */
    private List<ItServiceView> withLinks(List<Row> rows, Scope scope) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> ids =
                new ArrayList<>(rows.stream().map(r -> (Object) r.view().id()).toList());
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        Map<Long, List<ItServiceView.NamedRef>> assets = refs(
                "SELECT l.it_service_id, a.id, a.name, u.path FROM it_service_asset l"
                        + " JOIN information_asset a ON a.id = l.information_asset_id JOIN org_unit u ON u.id = a.org_unit_id"
                        + " WHERE l.it_service_id IN (" + marks + ") ORDER BY a.name",
                ids,
                scope);
        Map<Long, List<ItServiceView.NamedRef>> users = refs(
                "SELECT l.it_service_id, u.id, u.name, NULL FROM it_service_user l JOIN org_unit u ON u.id = l.org_unit_id"
                        + " WHERE l.it_service_id IN (" + marks + ") ORDER BY u.name",
                ids,
                null);
        return rows.stream()
                .map(r -> r.view()
                        .withLinks(
                                assets.getOrDefault(r.view().id(), List.of()),
                                users.getOrDefault(r.view().id(), List.of())))
                .toList();
    }

    /** Rows of (service id, id, name, path) grouped by service; with a scope, only paths it covers. */
    private Map<Long, List<ItServiceView.NamedRef>> refs(String sql, List<Object> ids, Scope scope) {
        Map<Long, List<ItServiceView.NamedRef>> found = new HashMap<>();
        jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (scope == null || scope.covers(rs.getString(4))) {
                        found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new ItServiceView.NamedRef(rs.getLong(2), rs.getString(3)));
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** Ids among {@code ids} that are org units open on {@code today}. */
    List<Long> openUnits(List<Long> ids, java.time.LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        params.add(today);
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        return jdbc.prepareStatement(
                "SELECT id FROM org_unit WHERE id IN (" + marks + ") AND (valid_to IS NULL OR valid_to > ?)", ps -> {
                    SqlWhere.bind(ps, params);
                    List<Long> open = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            open.add(rs.getLong(1));
                        }
                    }
                    return open;
                });
    }

    /** The open ansvariga organisationer of the whole city, by name: the choices for "används av". */
    List<ItServiceView.NamedRef> responsibleOrganisations(java.time.LocalDate today) {
        return jdbc.prepareStatement(
                "SELECT u.id, u.name FROM org_unit u JOIN org_unit_kind k ON k.code = u.kind"
                        + " WHERE k.ansvarig AND (u.valid_to IS NULL OR u.valid_to > ?) ORDER BY u.name",
                ps -> {
                    SqlWhere.bind(ps, List.of(today));
                    List<ItServiceView.NamedRef> units = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            units.add(new ItServiceView.NamedRef(rs.getLong(1), rs.getString(2)));
                        }
                    }
                    return units;
                });
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
                                rs.getObject("supplier_id", Long.class),
                                rs.getString("supplier_name"),
                                rs.getString("hosting"),
                                rs.getBoolean("cloud"),
                                countries == null ? List.of() : Arrays.asList(countries.split(",")),
                                rs.getString("status"),
                                List.of(),
                                List.of(),
                                rs.getLong("version")),
                        rs.getString("unit_path")));
            }
        }
        return rows;
    }
}
