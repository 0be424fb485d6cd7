package se.stockholm.varna.internalcontrol;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EvidenceRepository extends CrudRepository<EvidenceEntity, Long> {

    List<EvidenceEntity> findByFollowUpIdOrderByUploadedAt(Long followUpId);
}
