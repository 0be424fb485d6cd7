package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the KLASSA scale tables seeded by V8/V9. */
@Singleton
class ScaleQueries {

    private final JdbcOperations jdbc;

    ScaleQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    ScaleView scale() {
        Map<String, Map<Integer, String>> texts = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT aspect, level, description_sv FROM classification_level_text", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getInt(2), rs.getString(3));
                }
            }
            return null;
        });
        List<ScaleView.Aspect> aspects = new ArrayList<>();
        jdbc.prepareStatement(
                "SELECT code, name_sv, description_sv FROM classification_aspect ORDER BY sort_order", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String code = rs.getString(1);
                            aspects.add(new ScaleView.Aspect(
                                    code, rs.getString(2), rs.getString(3), texts.getOrDefault(code, Map.of())));
                        }
                    }
                    return null;
                });
        List<ScaleView.Level> levels = new ArrayList<>();
        jdbc.prepareStatement("SELECT level, name_sv, in_catalogue FROM classification_level ORDER BY level", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    levels.add(new ScaleView.Level(rs.getInt(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            return null;
        });
        List<ScaleView.HandlingLabel> labels = new ArrayList<>();
        jdbc.prepareStatement(
                "SELECT k_level, code, name_sv, rule_sv, open_data_possible FROM handling_label ORDER BY k_level",
                ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            labels.add(new ScaleView.HandlingLabel(
                                    rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                        }
                    }
                    return null;
                });
        return new ScaleView(aspects, levels, labels);
    }
}
