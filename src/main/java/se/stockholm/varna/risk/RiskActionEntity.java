package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of risk_action: an åtgärd of a risk's treatment. */
@MappedEntity("risk_action")
record RiskActionEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long riskId,
        String title,
        @Nullable String description,
        String responsible,
        LocalDate dueOn,
        String status,
        @Nullable Long itServiceId,
        @Nullable String requirementCode,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    RiskActionEntity withStatus(String newStatus, LocalDate due, LocalDateTime now, long expectedVersion) {
        return new RiskActionEntity(
                id,
                riskId,
                title,
                description,
                responsible,
                due,
                newStatus,
                itServiceId,
                requirementCode,
                createdAt,
                now,
                expectedVersion);
    }
}
