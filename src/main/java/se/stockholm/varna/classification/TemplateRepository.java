package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TemplateRepository extends CrudRepository<TemplateEntity, Long> {

    @Query(
            "INSERT INTO template_answer (template_id, question_id, answer_option_id) VALUES (:id, :questionId, :optionId)")
    void addAnswer(Long id, Long questionId, Long optionId);

    @Query(
            "INSERT INTO template_level (template_id, aspect, level, motivation) VALUES (:id, :aspect, :level, :motivation)")
    void addLevel(Long id, String aspect, int level, @Nullable String motivation);

    boolean existsByNameAndStatus(String name, String status);
}
