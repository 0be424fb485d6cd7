package se.stockholm.varna.archfixture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Breaks "repositories are package-private". */
@Requires(property = "varna.archfixture.never")
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FixtureRepository extends CrudRepository<FixtureEntity, Long> {}
