package se.stockholm.varna.internalcontrol;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportingPeriodDefaultRepository extends GenericRepository<ReportingPeriodDefaultEntity, String> {

    List<ReportingPeriodDefaultEntity> findAllOrderBySortNo();
}
