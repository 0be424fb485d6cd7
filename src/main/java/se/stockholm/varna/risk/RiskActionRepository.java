package se.stockholm.varna.risk;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RiskActionRepository extends CrudRepository<RiskActionEntity, Long> {

    List<RiskActionEntity> findByRiskIdOrderByDueOn(Long riskId);
}
