package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.SqlWhere;

/** The decided levels of classifications made from templates, restricted to a scope. */
@Singleton
class CalibrationQueries {

    private final JdbcOperations jdbc;

    CalibrationQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Current decisions only (status BESLUTAD) of active informationsmängder whose unit is in scope. */
    List<Calibration.Adoption> adoptions(Scope scope) {
        SqlWhere where = new SqlWhere()
                .and("c.status = 'BESLUTAD'")
                .and("c.template_id IS NOT NULL")
                .and("a.status = 'AKTIV'");
        SqlWhere scoped = scope.restrict(where, "u.path");
        return jdbc.prepareStatement(
                "SELECT c.id, c.template_id, a.id, a.name, r.name, l.aspect, l.level, l.motivation"
                        + " FROM classification c JOIN information_asset a ON a.id = c.information_asset_id"
                        + " JOIN org_unit u ON u.id = a.org_unit_id JOIN org_unit r ON r.id = a.responsible_org_id"
                        + " JOIN classification_aspect_level l ON l.classification_id = c.id"
                        + " WHERE " + scoped.sql() + " ORDER BY c.template_id, c.id",
                ps -> {
                    SqlWhere.bind(ps, scoped.params());
                    List<Calibration.Adoption> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Calibration.Adoption(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getInt(7),
                                    rs.getString(8)));
                        }
                    }
                    return found;
                });
    }
}
