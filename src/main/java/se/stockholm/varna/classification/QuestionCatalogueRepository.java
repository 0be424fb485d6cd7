package se.stockholm.varna.classification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionCatalogueRepository extends CrudRepository<QuestionCatalogueEntity, Long> {

    /** The highest version number; locks the catalogue rows so that two admins cannot both add a draft. */
    @Query("SELECT COALESCE(MAX(version_no), 0) FROM question_catalogue FOR UPDATE")
    int lastVersionNo();

    List<QuestionCatalogueEntity> findByStatus(String status);
}
