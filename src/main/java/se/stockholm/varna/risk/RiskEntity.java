package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of risk. Times are UTC. */
@MappedEntity("risk")
record RiskEntity(
        @Id @GeneratedValue @Nullable Long id,
        String title,
        @Nullable String description,
        @Nullable String threat,
        @Nullable String vulnerability,
        Long orgUnitId,
        Long responsibleOrgId,
        String ownerUsername,
        @Nullable String ownerName,
        String context,
        String source,
        @Nullable Long supplierId,
        Long matrixId,
        String status,
        @Nullable String treatment,
        @Nullable String treatmentMotivation,
        boolean significant,
        @Nullable LocalDate nextReviewOn,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    RiskEntity with(RiskInput in, long responsibleOrg, LocalDateTime now, long expectedVersion) {
        return new RiskEntity(
                id,
                in.title(),
                in.description(),
                in.threat(),
                in.vulnerability(),
                in.orgUnitId(),
                responsibleOrg,
                in.ownerUsername(),
                in.ownerName(),
                in.context(),
                source,
                in.supplierId(),
                matrixId,
                status,
                treatment,
                treatmentMotivation,
                significant,
                nextReviewOn,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }

    RiskEntity moved(String newStatus, @Nullable LocalDate review, LocalDateTime now, long expectedVersion) {
        return new RiskEntity(
                id,
                title,
                description,
                threat,
                vulnerability,
                orgUnitId,
                responsibleOrgId,
                ownerUsername,
                ownerName,
                context,
                source,
                supplierId,
                matrixId,
                newStatus,
                treatment,
                treatmentMotivation,
                significant,
                review,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }

    RiskEntity treated(String decision, String motivation, LocalDateTime now, long expectedVersion) {
        return new RiskEntity(
                id,
                title,
                description,
                threat,
                vulnerability,
                orgUnitId,
                responsibleOrgId,
                ownerUsername,
                ownerName,
                context,
                source,
                supplierId,
                matrixId,
                status,
                decision,
                motivation,
                significant,
                nextReviewOn,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }

    RiskEntity marked(boolean isSignificant, LocalDateTime now, long expectedVersion) {
        return new RiskEntity(
                id,
                title,
                description,
                threat,
                vulnerability,
                orgUnitId,
                responsibleOrgId,
                ownerUsername,
                ownerName,
                context,
                source,
                supplierId,
                matrixId,
                status,
                treatment,
                treatmentMotivation,
                isSignificant,
                nextReviewOn,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }
}
