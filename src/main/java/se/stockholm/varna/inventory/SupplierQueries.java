package se.stockholm.varna.inventory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Scoped reads of supplier with unit names and contracts. */
@Singleton
class SupplierQueries {

    private static final String SELECT =
            "SELECT s.*, u.name AS unit_name, u.path AS unit_path, r.name AS responsible_name"
                    + " FROM supplier s JOIN org_unit u ON u.id = s.org_unit_id JOIN org_unit r ON r.id = s.responsible_org_id";

    /** List filters; status null means AKTIV. */
    record Filter(String text, boolean withoutDpa, String status) {}

    record Scoped(SupplierView view, String path) {}

    private final JdbcOperations jdbc;

    SupplierQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<SupplierView> page(Filter filter, String underPath, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, underPath, scope);
        return rows(
                        SELECT + " WHERE " + where.sql() + " ORDER BY s.name, s.id LIMIT ? OFFSET ?",
                        where.paramsWith(page.size(), page.offset()))
                .stream()
                .map(Scoped::view)
                .toList();
    }

    long count(Filter filter, String underPath, Scope scope) {
        SqlWhere where = where(filter, underPath, scope);
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM supplier s JOIN org_unit u ON u.id = s.org_unit_id WHERE " + where.sql(), ps -> {
                    SqlWhere.bind(ps, where.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    Optional<Scoped> byId(long id) {
        return rows(SELECT + " WHERE s.id = ?", List.of(id)).stream().findFirst();
    }

    private static SqlWhere where(Filter f, String underPath, Scope scope) {
        SqlWhere where = LifecycleStatus.restrict(new SqlWhere(), "s.status", f.status());
        if (f.text() != null) {
            where.and(
                    "(s.name LIKE ? OR s.organisation_number LIKE ?)",
                    SqlWhere.contains(f.text()),
                    SqlWhere.contains(f.text()));
        }
        if (f.withoutDpa()) {
            where.and("NOT s.dpa_in_place");
        }
        where.andIfPresent("u.path LIKE ?", underPath == null ? null : underPath + "%");
        return scope.restrict(where, "u.path");
    }

    private List<Scoped> rows(String sql, List<Object> params) {
        List<Scoped> rows = jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            List<Scoped> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Scoped(map(rs), rs.getString("unit_path")));
                }
            }
            return found;
        });
        return rows.stream()
                .map(r -> new Scoped(withContracts(r.view()), r.path()))
                .toList();
    }

    private SupplierView withContracts(SupplierView v) {
        List<SupplierInput.Contract> contracts = jdbc.prepareStatement(
                "SELECT reference, starts_on, ends_on FROM supplier_contract WHERE supplier_id = ? ORDER BY id", ps -> {
                    ps.setLong(1, v.id());
                    List<SupplierInput.Contract> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new SupplierInput.Contract(
                                    rs.getString(1), date(rs.getDate(2)), date(rs.getDate(3))));
                        }
                    }
                    return found;
                });
        return new SupplierView(
                v.id(),
                v.name(),
                v.organisationNumber(),
                v.orgUnitId(),
                v.orgUnitName(),
                v.responsibleOrgId(),
                v.responsibleOrgName(),
                v.dpaInPlace(),
                v.subprocessors(),
                contracts,
                v.status(),
                v.version());
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static SupplierView map(ResultSet rs) throws SQLException {
        return new SupplierView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("organisation_number"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getLong("responsible_org_id"),
                rs.getString("responsible_name"),
                rs.getBoolean("dpa_in_place"),
                rs.getString("subprocessors"),
                List.of(),
                rs.getString("status"),
                rs.getLong("version"));
    }
}
