package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.stockholm.varna.shared.SqlWhere;

/** Reads of classification templates. The proposed level of a template level is recomputed by the caller. */
@Singleton
class TemplateQueries {

    private final JdbcOperations jdbc;

    TemplateQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<TemplateView> all(boolean onlyPublished) {
        List<Long> ids = jdbc.prepareStatement(
                "SELECT id FROM classification_template" + (onlyPublished ? " WHERE status = 'PUBLICERAD'" : "")
                        + " ORDER BY name, id",
                ps -> {
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

    /** Templates by status (null: every status) whose name contains {@code text} (null: any), by name. */
    List<TemplateView> search(@Nullable String text, @Nullable String status) {
        SqlWhere where = new SqlWhere();
        where.andIfPresent("status = ?", status);
        if (text != null) {
            where.and("name LIKE ?", SqlWhere.contains(text));
        }
        List<Long> ids = jdbc.prepareStatement(
                "SELECT id FROM classification_template WHERE " + where.sql() + " ORDER BY name, id", ps -> {
                    SqlWhere.bind(ps, where.params());
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

    Optional<TemplateView> byId(long id) {
        List<ClassificationInput.Answer> answers = jdbc.prepareStatement(
                "SELECT question_id, answer_option_id FROM template_answer WHERE template_id = ? ORDER BY question_id",
                ps -> {
                    ps.setLong(1, id);
                    List<ClassificationInput.Answer> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new ClassificationInput.Answer(rs.getLong(1), rs.getLong(2)));
                        }
                    }
                    return found;
                });
        List<AspectLevel> levels = jdbc.prepareStatement(
                "SELECT l.aspect, l.level, l.motivation FROM template_level l JOIN classification_aspect a ON a.code = l.aspect"
                        + " WHERE l.template_id = ? ORDER BY a.sort_order",
                ps -> {
                    ps.setLong(1, id);
                    List<AspectLevel> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new AspectLevel(rs.getString(1), rs.getInt(2), rs.getInt(2), rs.getString(3)));
                        }
                    }
                    return found;
                });
        return jdbc.prepareStatement(
                "SELECT t.id, t.name, t.description, t.catalogue_id, q.version_no, t.status, t.published_by,"
                        + " t.published_at, t.version FROM classification_template t"
                        + " JOIN question_catalogue q ON q.id = t.catalogue_id WHERE t.id = ?",
                ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new TemplateView(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getInt(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getTimestamp(8).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC),
                                answers,
                                levels,
                                rs.getLong(9)));
                    }
                });
    }
}
