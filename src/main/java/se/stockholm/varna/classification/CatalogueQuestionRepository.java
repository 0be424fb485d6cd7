package se.stockholm.varna.classification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The questions and answer options of a catalogue version; only a draft's are ever removed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CatalogueQuestionRepository extends CrudRepository<CatalogueQuestionEntity, Long> {

    @Query("INSERT INTO classification_answer_option (question_id, code, sort_order, text_sv, proposed_level)"
            + " VALUES (:questionId, :code, :sortOrder, :text, :level)")
    void addOption(Long questionId, String code, int sortOrder, String text, int level);

    int countByCatalogueId(Long catalogueId);

    @Query("DELETE o FROM classification_answer_option o JOIN classification_question q ON q.id = o.question_id"
            + " WHERE q.catalogue_id = :catalogueId")
    void deleteOptionsOf(Long catalogueId);

    @Query("DELETE FROM classification_question WHERE catalogue_id = :catalogueId")
    void deleteQuestionsOf(Long catalogueId);
}
