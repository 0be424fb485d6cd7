package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of review: a granskning. Times are UTC. */
@MappedEntity("review")
record ReviewEntity(
        @Id @GeneratedValue @Nullable Long id,
        String kind,
        boolean independent,
        String title,
        String scopeText,
        Long orgUnitId,
        Long responsibleOrgId,
        String auditorName,
        @Nullable String auditorOrganisation,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        String status,
        @Nullable String reportReference,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    static ReviewEntity created(ReviewInput in, long responsibleOrg, String by, LocalDateTime now) {
        return new ReviewEntity(
                null,
                in.kind(),
                in.independent(),
                in.title(),
                in.scope(),
                in.orgUnitId(),
                responsibleOrg,
                in.auditorName(),
                in.auditorOrganisation(),
                in.plannedOn(),
                in.startedOn(),
                in.endedOn(),
                in.status(),
                in.reportReference(),
                by,
                now,
                now,
                0L);
    }

    ReviewEntity with(ReviewInput in, long responsibleOrg, LocalDateTime now, long expectedVersion) {
        return new ReviewEntity(
                id,
                in.kind(),
                in.independent(),
                in.title(),
                in.scope(),
                in.orgUnitId(),
                responsibleOrg,
                in.auditorName(),
                in.auditorOrganisation(),
                in.plannedOn(),
                in.startedOn(),
                in.endedOn(),
                in.status(),
                in.reportReference(),
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }
}
