package se.stockholm.varna.classification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HostingDecisionRepository extends CrudRepository<HostingDecisionEntity, Long> {}
