package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of risk_candidate. Times are UTC. */
@MappedEntity("risk_candidate")
record RiskCandidateEntity(
        @Id @GeneratedValue @Nullable Long id,
        String kind,
        String causeKey,
        String causeState,
        Long orgUnitId,
        @Nullable Long itServiceId,
        @Nullable String requirementCode,
        String title,
        @Nullable String detail,
        String status,
        @Nullable Long riskId,
        @Nullable String decidedBy,
        @Nullable LocalDateTime decidedAt,
        @Nullable String dismissMotivation,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    /** A candidate just raised from its cause. */
    static RiskCandidateEntity raised(RiskCandidateCause cause, LocalDateTime now) {
        return new RiskCandidateEntity(
                null,
                cause.kind(),
                cause.key(),
                cause.state(),
                cause.orgUnitId(),
                cause.itServiceId(),
                cause.requirementCode(),
                cause.title(),
                cause.detail(),
                RiskCandidateView.NEW,
                null,
                null,
                null,
                null,
                now,
                now,
                0L);
    }
}
