package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of requirement_assessment: the self-assessment of one requirement (by code) for one it-tjänst. Times are UTC. */
@MappedEntity("requirement_assessment")
record RequirementAssessmentEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long itServiceId,
        String requirementCode,
        String status,
        @Nullable String comment,
        String assessedBy,
        LocalDateTime assessedAt,
        @Version @Nullable Long version) {

    RequirementAssessmentEntity assessed(
            String newStatus, @Nullable String newComment, String by, LocalDateTime at, long expectedVersion) {
        return new RequirementAssessmentEntity(
                id, itServiceId, requirementCode, newStatus, newComment, by, at, expectedVersion);
    }
}
