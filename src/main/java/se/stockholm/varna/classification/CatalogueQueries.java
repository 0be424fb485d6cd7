package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads question catalogues with their questions and options. */
@Singleton
class CatalogueQueries {

    private final JdbcOperations jdbc;

    CatalogueQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The published catalogue that new classifications use. */
    Optional<Long> publishedId() {
        return jdbc.prepareStatement(
                "SELECT id FROM question_catalogue WHERE status = 'PUBLICERAD' ORDER BY version_no DESC LIMIT 1",
                ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                    }
                });
    }

    List<QuestionCatalogueView> all() {
        List<Long> ids = jdbc.prepareStatement("SELECT id FROM question_catalogue ORDER BY version_no DESC", ps -> {
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        });
        return ids.stream().map(this::byId).flatMap(Optional::stream).toList();
    }

    Optional<QuestionCatalogueView> byId(long id) {
        Optional<QuestionCatalogueView> head = jdbc.prepareStatement(
                "SELECT id, version_no, title, description, status, published_at FROM question_catalogue WHERE id = ?",
                ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        Timestamp published = rs.getTimestamp(6);
                        return Optional.of(new QuestionCatalogueView(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                published == null ? null : published.toInstant(),
                                List.of()));
                    }
                });
        return head.map(c -> new QuestionCatalogueView(
                c.id(), c.versionNo(), c.title(), c.description(), c.status(), c.publishedAt(), questions(c.id())));
    }

    private List<QuestionCatalogueView.Question> questions(long catalogueId) {
        Map<Long, List<QuestionCatalogueView.Option>> options = new LinkedHashMap<>();
        jdbc.prepareStatement(
                "SELECT o.question_id, o.id, o.code, o.text_sv, o.proposed_level FROM classification_answer_option o"
                        + " JOIN classification_question q ON q.id = o.question_id WHERE q.catalogue_id = ?"
                        + " ORDER BY o.question_id, o.sort_order",
                ps -> {
                    ps.setLong(1, catalogueId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new QuestionCatalogueView.Option(
                                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                        }
                    }
                    return null;
                });
        return jdbc.prepareStatement(
                "SELECT q.id, q.code, q.aspect, q.sort_order, q.text_sv, q.help_sv FROM classification_question q"
                        + " JOIN classification_aspect a ON a.code = q.aspect WHERE q.catalogue_id = ?"
                        + " ORDER BY a.sort_order, q.sort_order",
                ps -> {
                    ps.setLong(1, catalogueId);
                    List<QuestionCatalogueView.Question> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            found.add(new QuestionCatalogueView.Question(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    options.getOrDefault(id, List.of())));
                        }
                    }
                    return found;
                });
    }
}
