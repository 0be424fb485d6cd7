package se.stockholm.varna.internalcontrol;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewRepository extends CrudRepository<ReviewEntity, Long> {}
