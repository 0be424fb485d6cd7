package se.stockholm.varna.inventory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped, filtered, sorted reads of information_asset, with unit names joined in. */
@Singleton
class AssetQueries {

    static final Map<String, String> SORTS =
            Map.of("name", "a.name", "updatedAt", "a.updated_at", "reviewDate", "a.review_date");
    private static final String SELECT = "SELECT a.*, u.name AS unit_name, r.name AS responsible_name"
            + " FROM information_asset a JOIN org_unit u ON u.id = a.org_unit_id JOIN org_unit r ON r.id = a.responsible_org_id";

    private final JdbcOperations jdbc;

    AssetQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<InformationAssetView> page(AssetFilter filter, String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        return list(
                SELECT + " WHERE " + where.sql() + " ORDER BY " + orderBy(filter.sort()) + " LIMIT ? OFFSET ?", params);
    }

    long count(AssetFilter filter, String underPath, Scope scope) {
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM information_asset a JOIN org_unit u ON u.id = a.org_unit_id WHERE " + where.sql(),
                ps -> {
                    SqlWhere.bind(ps, where.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** One asset with its unit's path, for the scope check. */
    Optional<ScopedAsset> byId(long id) {
        return jdbc.prepareStatement(
                SELECT.replace("SELECT a.*,", "SELECT a.*, u.path AS unit_path,") + " WHERE a.id = ?", ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new ScopedAsset(map(rs), rs.getString("unit_path")))
                                : Optional.empty();
                    }
                });
    }

    record ScopedAsset(InformationAssetView view, String path) {}

    private static SqlWhere where(AssetFilter f, String underPath, Scope scope) {
        SqlWhere where = LifecycleStatus.restrict(new SqlWhere(), "a.status", f.status());
        if (f.text() != null) {
            String like = SqlWhere.contains(f.text());
            where.and("(a.name LIKE ? OR a.description LIKE ? OR a.process LIKE ?)", like, like, like);
        }
        where.andIfPresent("a.verksamhetsomrade = ?", f.verksamhetsomrade())
                .andIfPresent("a.personal_data = ?", f.personalData())
                .andIfPresent("a.owner_username = ?", f.owner())
                .andIfPresent("u.path LIKE ?", underPath == null ? null : underPath + "%");
        if (f.withoutOwner()) {
            where.and("(a.owner_username IS NULL OR a.owner_username = '')");
        }
        return scope.restrict(where, "u.path");
    }

    static String orderBy(String sort) {
        String key = sort == null ? "name" : sort.startsWith("-") ? sort.substring(1) : sort;
        String column = SORTS.get(key);
        if (column == null) {
            throw Problems.invalidField(
                    "sort", "Sortera på name, updatedAt eller reviewDate (med - före för fallande).");
        }
        String direction = sort != null && sort.startsWith("-") ? " DESC" : " ASC";
        return column + direction + ", a.id" + direction;
    }

    private List<InformationAssetView> list(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<InformationAssetView> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    private static InformationAssetView map(ResultSet rs) throws SQLException {
        Date review = rs.getDate("review_date");
        return new InformationAssetView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getLong("responsible_org_id"),
                rs.getString("responsible_name"),
                rs.getString("owner_username"),
                rs.getString("owner_name"),
                rs.getString("process"),
                rs.getString("verksamhetsomrade"),
                rs.getString("personal_data"),
                rs.getString("sekretess"),
                rs.getString("template_origin"),
                rs.getString("status"),
                review == null ? null : review.toLocalDate(),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("version"));
    }
}
