package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.SqlWhere;

/** Current decided classifications by the name of their informationsmängd: what a template can start from. */
@Singleton
class TemplateSourceQueries {

    /** A decided classification to offer as the source of a template. */
    record Source(
            long classificationId, String assetName, String responsibleOrgName, int sequenceNo, LocalDate decidedOn) {}

    private final JdbcOperations jdbc;

    TemplateSourceQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Source> decided(String text, Scope scope, int limit) {
        SqlWhere where = scope.restrict(
                new SqlWhere()
                        .and("c.status = 'BESLUTAD'")
                        .and("a.status = 'AKTIV'")
                        .and("a.name LIKE ?", SqlWhere.contains(text)),
                "u.path");
        return jdbc.prepareStatement(
                "SELECT c.id, a.name, r.name, c.sequence_no, c.decided_at FROM classification c"
                        + " JOIN information_asset a ON a.id = c.information_asset_id"
                        + " JOIN org_unit u ON u.id = a.org_unit_id JOIN org_unit r ON r.id = a.responsible_org_id"
                        + " WHERE " + where.sql() + " ORDER BY a.name, a.id LIMIT ?",
                ps -> {
                    SqlWhere.bind(ps, where.paramsWith(limit));
                    List<Source> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Source(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    rs.getTimestamp(5).toLocalDateTime().toLocalDate()));
                        }
                    }
                    return found;
                });
    }
}
