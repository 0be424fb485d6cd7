package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RequirementAssessmentRepository extends CrudRepository<RequirementAssessmentEntity, Long> {

    Optional<RequirementAssessmentEntity> findByItServiceIdAndRequirementCode(Long itServiceId, String requirementCode);

    /**
     * A first assessment starts at version 1, so that version 0 always means "not assessed yet" and two
     * first assessments of the same requirement cannot both pass the version check.
     */
    @Query("INSERT INTO requirement_assessment (it_service_id, requirement_code, status, comment, assessed_by,"
            + " assessed_at, version) VALUES (:serviceId, :code, :status, :comment, :by, :at, 1)")
    void insertFirst(Long serviceId, String code, String status, @Nullable String comment, String by, LocalDateTime at);
}
