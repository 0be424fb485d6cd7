package se.stockholm.varna.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped, filtered reads of risks with their assessments and links. */
@Singleton
class RiskQueries {

    private static final String FROM = " FROM risk r JOIN org_unit u ON u.id = r.org_unit_id"
            + " JOIN org_unit o ON o.id = r.responsible_org_id LEFT JOIN supplier p ON p.id = r.supplier_id";
    private static final String COLUMNS = "SELECT r.*, u.name AS unit_name, u.path AS unit_path,"
            + " o.name AS responsible_name, p.name AS supplier_name";
    /** The band that stands for the risk: residual, else current, else inherent. */
    private static final String LEVEL_BAND =
            "COALESCE((SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id"
                    + " AND a.kind = 'KVARVARANDE'), (SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id"
                    + " AND a.kind = 'NUVARANDE'), (SELECT a.band_code FROM risk_assessment a WHERE a.risk_id = r.id"
                    + " AND a.kind = 'INNEBOENDE'))";

    /** A risk and the unit path it lives under, for the scope check. */
    record Scoped(RiskView view, String path) {}

    private final JdbcOperations jdbc;

    RiskQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Scoped> byId(long id) {
        return rows(COLUMNS + FROM + " WHERE r.id = ?", List.of(id)).stream().findFirst();
    }

    List<RiskView> page(RiskFilter filter, String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        return rows(
                        COLUMNS + FROM + " WHERE " + where.sql() + " ORDER BY r.title, r.id LIMIT ? OFFSET ?",
                        where.paramsWith(page.size(), page.offset()))
                .stream()
                .map(Scoped::view)
                .toList();
    }

    long count(RiskFilter filter, String underPath, Scope scope) {
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), ps -> {
            SqlWhere.bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** How many of the ids are active rows of the table (information_asset, it_service, supplier) in scope. */
    long activeInScope(String table, List<Long> ids, Scope scope) {
        if (ids.isEmpty()) {
            return 0;
        }
        SqlWhere where = new SqlWhere();
        where.and("x.id IN (" + String.join(",", ids.stream().map(i -> "?").toList()) + ")", ids.toArray());
        where.and("x.status = 'AKTIV'");
        SqlWhere scoped = scope.restrict(where, "u.path");
        String from =
                switch (table) {
                    case "information_asset", "it_service", "supplier" -> table;
                    default -> throw new IllegalArgumentException(table);
                };
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM " + from + " x JOIN org_unit u ON u.id = x.org_unit_id WHERE " + scoped.sql(),
                ps -> {
                    SqlWhere.bind(ps, scoped.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private static SqlWhere where(RiskFilter f, String underPath, Scope scope) {
        SqlWhere where = new SqlWhere();
        if (f.status() == null) {
            where.and("r.status <> 'STANGD'");
        } else if (!"ALLA".equals(f.status())) {
            where.and("r.status = ?", f.status());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = SqlWhere.contains(f.text().strip());
            where.and("(r.title LIKE ? OR r.description LIKE ? OR r.threat LIKE ?)", like, like, like);
        }
        where.andIfPresent("r.owner_username = ?", f.owner())
                .andIfPresent(LEVEL_BAND + " = ?", f.band())
                .andIfPresent("u.path LIKE ?", underPath == null ? null : underPath + "%");
        if (f.onlySignificant()) {
            where.and("r.significant");
        }
        if (f.cellKind() != null && f.cellLikelihood() != null && f.cellConsequence() != null) {
            where.and(
                    "EXISTS (SELECT 1 FROM risk_assessment c WHERE c.risk_id = r.id AND c.kind = ?"
                            + " AND c.likelihood = ? AND c.consequence = ?)",
                    f.cellKind(),
                    f.cellLikelihood(),
                    f.cellConsequence());
        }
        return scope.restrict(where, "u.path");
    }

    private List<Scoped> rows(String sql, List<Object> params) {
        List<Scoped> heads = jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<Scoped> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Scoped(head(rs), rs.getString("unit_path")));
                }
            }
            return found;
        });
        if (heads.isEmpty()) {
            return heads;
        }
        List<Object> ids =
                new ArrayList<>(heads.stream().map(h -> (Object) h.view().id()).toList());
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        Map<Long, List<RiskView.Assessment>> assessments = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT risk_id, kind, likelihood, consequence, band_code, motivation, assessed_by, assessed_at"
                        + " FROM risk_assessment WHERE risk_id IN (" + marks + ")"
                        + " ORDER BY FIELD(kind, 'INNEBOENDE', 'NUVARANDE', 'KVARVARANDE')",
                ps -> {
                    SqlWhere.bind(ps, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            assessments
                                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new RiskView.Assessment(
                                            rs.getString(2),
                                            rs.getInt(3),
                                            rs.getInt(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getString(7),
                                            rs.getTimestamp(8).toLocalDateTime().toInstant(ZoneOffset.UTC)));
                        }
                    }
                    return null;
                });
        Map<Long, List<RiskView.Ref>> assets = refs(
                "SELECT l.risk_id, a.id, a.name FROM risk_asset l JOIN information_asset a ON a.id = l.information_asset_id"
                        + " WHERE l.risk_id IN (" + marks + ") ORDER BY a.name",
                ids);
        Map<Long, List<RiskView.Ref>> services = refs(
                "SELECT l.risk_id, s.id, s.name FROM risk_service l JOIN it_service s ON s.id = l.it_service_id"
                        + " WHERE l.risk_id IN (" + marks + ") ORDER BY s.name",
                ids);
        return heads.stream()
                .map(h -> new Scoped(
                        h.view()
                                .with(
                                        assessments.getOrDefault(h.view().id(), List.of()),
                                        assets.getOrDefault(h.view().id(), List.of()),
                                        services.getOrDefault(h.view().id(), List.of())),
                        h.path()))
                .toList();
    }

    private Map<Long, List<RiskView.Ref>> refs(String sql, List<Object> ids) {
        Map<Long, List<RiskView.Ref>> found = new HashMap<>();
        jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RiskView.Ref(rs.getLong(2), rs.getString(3)));
                }
            }
            return null;
        });
        return found;
    }

    private static RiskView head(ResultSet rs) throws SQLException {
        java.sql.Date review = rs.getDate("next_review_on");
        return new RiskView(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("threat"),
                rs.getString("vulnerability"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getLong("responsible_org_id"),
                rs.getString("responsible_name"),
                rs.getString("owner_username"),
                rs.getString("owner_name"),
                rs.getString("context"),
                rs.getString("source"),
                rs.getObject("supplier_id", Long.class),
                rs.getString("supplier_name"),
                rs.getLong("matrix_id"),
                rs.getString("status"),
                rs.getString("treatment"),
                rs.getString("treatment_motivation"),
                rs.getBoolean("significant"),
                review == null ? null : review.toLocalDate(),
                List.of(),
                List.of(),
                List.of(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                rs.getLong("version"));
    }
}
