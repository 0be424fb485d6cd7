package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClassificationRepository extends CrudRepository<ClassificationEntity, Long> {

    @Query("SELECT COALESCE(MAX(sequence_no), 0) FROM classification WHERE information_asset_id = :assetId FOR UPDATE")
    int lastSequence(Long assetId);

    @Query(
            "SELECT COUNT(*) FROM classification WHERE information_asset_id = :assetId AND status IN ('UTKAST', 'FOR_BESLUT')")
    int openDrafts(Long assetId);

    @Query("DELETE FROM classification_answer WHERE classification_id = :id")
    void clearAnswers(Long id);

    @Query(
            "INSERT INTO classification_answer (classification_id, question_id, answer_option_id) VALUES (:id, :questionId, :optionId)")
    void addAnswer(Long id, Long questionId, Long optionId);

    @Query("DELETE FROM classification_aspect_level WHERE classification_id = :id")
    void clearLevels(Long id);

    @Query("INSERT INTO classification_aspect_level (classification_id, aspect, proposed_level, level, motivation)"
            + " VALUES (:id, :aspect, :proposed, :level, :motivation)")
    void addLevel(Long id, String aspect, int proposed, int level, @Nullable String motivation);

    @Query(
            "INSERT INTO classification_comment (classification_id, kind, author, author_name, author_role, written_at, text)"
                    + " VALUES (:id, :kind, :author, :authorName, :role, :at, :text)")
    void addComment(
            Long id,
            String kind,
            String author,
            @Nullable String authorName,
            String role,
            LocalDateTime at,
            String text);

    @Query("UPDATE classification SET status = 'ERSATT', superseded_at = :at, version = version + 1"
            + " WHERE information_asset_id = :assetId AND status = 'BESLUTAD' AND id <> :keep")
    void supersedeOthers(Long assetId, Long keep, LocalDateTime at);
}
