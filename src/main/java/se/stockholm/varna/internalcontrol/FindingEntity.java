package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of review_finding: an iakttagelse of a granskning. Times are UTC. */
@MappedEntity("review_finding")
record FindingEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long reviewId,
        String title,
        String observation,
        String severityCode,
        @Nullable String recommendation,
        Long orgUnitId,
        boolean raiseRisk,
        String status,
        @Nullable String response,
        @Nullable String respondedBy,
        @Nullable LocalDateTime respondedAt,
        @Nullable String closingComment,
        @Nullable String closedBy,
        @Nullable LocalDateTime closedAt,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    static FindingEntity recorded(long reviewId, FindingInput in, String by, LocalDateTime now) {
        return new FindingEntity(
                null,
                reviewId,
                in.title(),
                in.observation(),
                in.severityCode(),
                in.recommendation(),
                in.orgUnitId(),
                in.raiseRisk(),
                FindingView.OPEN,
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

    FindingEntity with(FindingInput in, LocalDateTime now, long expectedVersion) {
        return new FindingEntity(
                id,
                reviewId,
                in.title(),
                in.observation(),
                in.severityCode(),
                in.recommendation(),
                in.orgUnitId(),
                in.raiseRisk(),
                status,
                response,
                respondedBy,
                respondedAt,
                closingComment,
                closedBy,
                closedAt,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }

    FindingEntity answered(String text, String by, LocalDateTime now, long expectedVersion) {
        return new FindingEntity(
                id,
                reviewId,
                title,
                observation,
                severityCode,
                recommendation,
                orgUnitId,
                raiseRisk,
                FindingView.ANSWERED,
                text,
                by,
                now,
                closingComment,
                closedBy,
                closedAt,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }

    FindingEntity closed(String comment, String by, LocalDateTime now, long expectedVersion) {
        return new FindingEntity(
                id,
                reviewId,
                title,
                observation,
                severityCode,
                recommendation,
                orgUnitId,
                raiseRisk,
                FindingView.CLOSED,
                response,
                respondedBy,
                respondedAt,
                comment,
                by,
                now,
                createdBy,
                createdAt,
                now,
                expectedVersion);
    }
}
