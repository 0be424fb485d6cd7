package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.SqlWhere;

/** Reads of classifications with their answers, levels and comments; lists restricted to a scope. */
@Singleton
class ClassificationQueries {

    private static final String SELECT = "SELECT c.*, a.name AS asset_name, a.org_unit_id, u.path AS unit_path,"
            + " r.name AS responsible_name, q.version_no AS catalogue_version, t.name AS template_name"
            + " FROM classification c JOIN information_asset a ON a.id = c.information_asset_id"
            + " JOIN org_unit u ON u.id = a.org_unit_id JOIN org_unit r ON r.id = a.responsible_org_id"
            + " JOIN question_catalogue q ON q.id = c.catalogue_id"
            + " LEFT JOIN classification_template t ON t.id = c.template_id";

    static final String ALL = "ALLA";

    /** What to list: status (null: all but ERSATT; ALLA: all), only overdue on {@code today}, one asset. */
    record Filter(String status, boolean overdue, Long assetId, LocalDate today) {}

    /** A classification and the unit path of its informationsmängd, for the scope check. */
    record Scoped(ClassificationView view, String path) {}

    private final JdbcOperations jdbc;

    ClassificationQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Scoped> byId(long id) {
        return rows(SELECT + " WHERE c.id = ?", List.of(id)).stream().findFirst();
    }

    List<ClassificationView> page(Filter filter, Scope scope, PageRequest page) {
        SqlWhere where = where(filter, scope);
        String order =
                filter.overdue() ? " ORDER BY c.next_review_on, c.id" : " ORDER BY a.name, a.id, c.sequence_no DESC";
        return rows(
                        SELECT + " WHERE " + where.sql() + order + " LIMIT ? OFFSET ?",
                        where.paramsWith(page.size(), page.offset()))
                .stream()
                .map(Scoped::view)
                .toList();
    }

    long count(Filter filter, Scope scope) {
        SqlWhere where = where(filter, scope);
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM classification c JOIN information_asset a ON a.id = c.information_asset_id"
                        + " JOIN org_unit u ON u.id = a.org_unit_id WHERE " + where.sql(),
                ps -> {
                    SqlWhere.bind(ps, where.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private static SqlWhere where(Filter f, Scope scope) {
        SqlWhere where = new SqlWhere();
        if (f.overdue()) {
            where.and("c.status = 'BESLUTAD' AND c.next_review_on < ?", f.today());
        } else if (ALL.equals(f.status())) {
            where.and("TRUE");
        } else if (f.status() != null) {
            where.and("c.status = ?", f.status());
        } else {
            where.and("c.status <> 'ERSATT'");
        }
        where.andIfPresent("c.information_asset_id = ?", f.assetId());
        where.and("a.status = 'AKTIV'");
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
        Map<Long, List<ClassificationInput.Answer>> answers = new HashMap<>();
        each(
                "SELECT classification_id, question_id, answer_option_id FROM classification_answer"
                        + " WHERE classification_id IN (" + marks + ") ORDER BY question_id",
                ids,
                rs -> answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ClassificationInput.Answer(rs.getLong(2), rs.getLong(3))));
        Map<Long, List<AspectLevel>> levels = new HashMap<>();
        each(
                "SELECT l.classification_id, l.aspect, l.proposed_level, l.level, l.motivation"
                        + " FROM classification_aspect_level l JOIN classification_aspect x ON x.code = l.aspect"
                        + " WHERE l.classification_id IN (" + marks + ") ORDER BY x.sort_order",
                ids,
                rs -> levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new AspectLevel(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5))));
        Map<Long, List<ClassificationView.Comment>> comments = new HashMap<>();
        each(
                "SELECT classification_id, kind, author, author_name, author_role, written_at, text"
                        + " FROM classification_comment WHERE classification_id IN (" + marks + ") ORDER BY id",
                ids,
                rs -> comments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ClassificationView.Comment(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                instant(rs.getTimestamp(6)),
                                rs.getString(7))));
        return heads.stream()
                .map(h -> new Scoped(
                        h.view()
                                .with(
                                        answers.getOrDefault(h.view().id(), List.of()),
                                        levels.getOrDefault(h.view().id(), List.of()),
                                        comments.getOrDefault(h.view().id(), List.of())),
                        h.path()))
                .toList();
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void each(String sql, List<Object> params, RowReader reader) {
        jdbc.prepareStatement(sql, ps -> {
            SqlWhere.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    private static ClassificationView head(ResultSet rs) throws SQLException {
        java.sql.Date review = rs.getDate("next_review_on");
        return new ClassificationView(
                rs.getLong("id"),
                rs.getLong("information_asset_id"),
                rs.getString("asset_name"),
                rs.getLong("org_unit_id"),
                rs.getString("responsible_name"),
                rs.getInt("sequence_no"),
                rs.getString("status"),
                rs.getLong("catalogue_id"),
                rs.getInt("catalogue_version"),
                rs.getObject("template_id", Long.class),
                rs.getString("template_name"),
                List.of(),
                List.of(),
                rs.getString("separate_analysis"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("decided_by"),
                rs.getString("decided_by_name"),
                rs.getString("decided_role"),
                instant(rs.getTimestamp("decided_at")),
                review == null ? null : review.toLocalDate(),
                List.of(),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
}
