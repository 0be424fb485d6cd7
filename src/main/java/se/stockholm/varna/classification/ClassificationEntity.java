package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of classification. Times are UTC. */
@MappedEntity("classification")
record ClassificationEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long informationAssetId,
        int sequenceNo,
        String status,
        Long catalogueId,
        @Nullable Long templateId,
        @Nullable String separateAnalysis,
        String createdBy,
        LocalDateTime createdAt,
        @Nullable String submittedBy,
        @Nullable LocalDateTime submittedAt,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable String decidedRole,
        @Nullable LocalDateTime decidedAt,
        @Nullable LocalDate nextReviewOn,
        @Nullable LocalDateTime supersededAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    ClassificationEntity drafted(@Nullable String analysis, LocalDateTime now, long expectedVersion) {
        return new ClassificationEntity(
                id,
                informationAssetId,
                sequenceNo,
                status,
                catalogueId,
                templateId,
                analysis,
                createdBy,
                createdAt,
                submittedBy,
                submittedAt,
                decidedBy,
                decidedByName,
                decidedRole,
                decidedAt,
                nextReviewOn,
                supersededAt,
                now,
                expectedVersion);
    }

    ClassificationEntity withStatus(String newStatus, String by, LocalDateTime now, long expectedVersion) {
        boolean submitted = ClassificationView.FOR_DECISION.equals(newStatus);
        return new ClassificationEntity(
                id,
                informationAssetId,
                sequenceNo,
                newStatus,
                catalogueId,
                templateId,
                separateAnalysis,
                createdBy,
                createdAt,
                submitted ? by : submittedBy,
                submitted ? now : submittedAt,
                decidedBy,
                decidedByName,
                decidedRole,
                decidedAt,
                nextReviewOn,
                supersededAt,
                now,
                expectedVersion);
    }

    ClassificationEntity decided(
            String by, String byName, String role, LocalDateTime now, LocalDate review, long expectedVersion) {
        return new ClassificationEntity(
                id,
                informationAssetId,
                sequenceNo,
                ClassificationView.DECIDED,
                catalogueId,
                templateId,
                separateAnalysis,
                createdBy,
                createdAt,
                submittedBy,
                submittedAt,
                by,
                byName,
                role,
                now,
                review,
                supersededAt,
                now,
                expectedVersion);
    }
}
