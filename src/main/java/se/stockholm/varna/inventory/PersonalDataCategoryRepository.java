package se.stockholm.varna.inventory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PersonalDataCategoryRepository extends GenericRepository<PersonalDataCategoryEntity, String> {

    List<PersonalDataCategoryEntity> findAllOrderBySortOrder();

    boolean existsByCode(String code);
}
