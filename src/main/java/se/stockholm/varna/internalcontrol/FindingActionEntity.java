package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of review_finding_action: an åtgärd the organisation plans in answer to a finding. */
@MappedEntity("review_finding_action")
record FindingActionEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long findingId,
        String title,
        String responsible,
        LocalDate dueOn,
        String status,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    FindingActionEntity withStatus(String newStatus, LocalDateTime now, long expectedVersion) {
        return new FindingActionEntity(
                id, findingId, title, responsible, dueOn, newStatus, createdBy, createdAt, now, expectedVersion);
    }
}
