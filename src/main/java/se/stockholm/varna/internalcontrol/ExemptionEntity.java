package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of exemption. Times are UTC. Changes go through {@link ExemptionRepository}'s guarded updates. */
@MappedEntity("exemption")
record ExemptionEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long orgUnitId,
        Long responsibleOrgId,
        String title,
        String requirementRef,
        @Nullable String requirementCode,
        String deviation,
        String investigation,
        @Nullable String implementationPlan,
        @Nullable String sharedImpact,
        LocalDate requestedUntil,
        String status,
        @Nullable String submittedBy,
        @Nullable LocalDateTime submittedAt,
        @Nullable String sentBackBy,
        @Nullable LocalDateTime sentBackAt,
        @Nullable String sentBackComment,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable String decidedRole,
        @Nullable LocalDateTime decidedAt,
        @Nullable String conditions,
        @Nullable LocalDate validUntil,
        @Nullable String decisionReason,
        @Nullable String decisionSnapshot,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    /** A new draft. */
    static ExemptionEntity draft(ExemptionRequest in, long responsibleOrg, String by, LocalDateTime now) {
        return new ExemptionEntity(
                null,
                in.orgUnitId(),
                responsibleOrg,
                in.title(),
                in.requirementRef(),
                in.requirementCode(),
                in.deviation(),
                in.investigation(),
                in.implementationPlan(),
                in.sharedImpact(),
                in.requestedUntil(),
                ExemptionView.DRAFT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                by,
                now,
                now,
                0L);
    }
}
