package se.stockholm.varna.inventory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HostingKindRepository extends GenericRepository<HostingKindEntity, String> {

    List<HostingKindEntity> findAllOrderBySortOrder();

    Optional<HostingKindEntity> findByCode(String code);
}
