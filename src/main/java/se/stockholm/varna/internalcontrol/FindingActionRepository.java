package se.stockholm.varna.internalcontrol;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FindingActionRepository extends CrudRepository<FindingActionEntity, Long> {

    List<FindingActionEntity> findByFindingIdInOrderByDueOn(Collection<Long> findingIds);
}
