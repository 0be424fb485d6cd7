package se.stockholm.varna.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrgUnitHistoryRepository extends CrudRepository<OrgUnitHistoryEntity, Long> {

    @Query("SELECT * FROM org_unit_history WHERE org_unit_id = :orgUnitId ORDER BY valid_from DESC, id DESC")
    List<OrgUnitHistoryEntity> newestFirst(Long orgUnitId);
}
