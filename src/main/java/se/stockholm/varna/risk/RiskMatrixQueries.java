package se.stockholm.varna.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads risk matrices with their steps, bands and cells. */
@Singleton
class RiskMatrixQueries {

    private final JdbcOperations jdbc;

    RiskMatrixQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The published matrix that new risks are assessed with. */
    Optional<Long> publishedId() {
        return jdbc.prepareStatement(
                "SELECT id FROM risk_matrix WHERE status = 'PUBLICERAD' ORDER BY version_no DESC LIMIT 1", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                    }
                });
    }

    List<Long> ids() {
        return jdbc.prepareStatement("SELECT id FROM risk_matrix ORDER BY version_no DESC", ps -> {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    Optional<RiskMatrixView> byId(long id) {
        List<RiskMatrixView.Step> likelihood = new ArrayList<>();
        List<RiskMatrixView.Step> consequence = new ArrayList<>();
        jdbc.prepareStatement(
                "SELECT axis, step, name_sv, description_sv FROM risk_scale_step WHERE matrix_id = ? ORDER BY axis, step",
                ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            var step = new RiskMatrixView.Step(rs.getInt(2), rs.getString(3), rs.getString(4));
                            ("SANNOLIKHET".equals(rs.getString(1)) ? likelihood : consequence).add(step);
                        }
                    }
                    return null;
                });
        List<RiskMatrixView.Band> bands = new ArrayList<>();
        jdbc.prepareStatement(
                "SELECT code, name_sv, colour, rank_no FROM risk_band WHERE matrix_id = ? ORDER BY rank_no", ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            bands.add(new RiskMatrixView.Band(
                                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                        }
                    }
                    return null;
                });
        List<RiskMatrixView.Cell> cells = new ArrayList<>();
        jdbc.prepareStatement(
                "SELECT likelihood, consequence, band_code FROM risk_matrix_cell WHERE matrix_id = ?"
                        + " ORDER BY likelihood, consequence",
                ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            cells.add(new RiskMatrixView.Cell(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                        }
                    }
                    return null;
                });
        return jdbc.prepareStatement(
                "SELECT id, version_no, name, likelihood_steps, consequence_steps, status, published_at"
                        + " FROM risk_matrix WHERE id = ?",
                ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        Timestamp published = rs.getTimestamp(7);
                        return Optional.of(new RiskMatrixView(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getInt(5),
                                rs.getString(6),
                                published == null
                                        ? null
                                        : published.toLocalDateTime().toInstant(ZoneOffset.UTC),
                                likelihood,
                                consequence,
                                bands,
                                cells));
                    }
                });
    }
}
