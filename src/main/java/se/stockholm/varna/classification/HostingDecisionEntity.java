package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * A row of hosting_decision. Append-only: a decision is never changed, a new one replaces it, so it
 * has no version. {@code conditions} holds the conditions of an approval or the motivation of a
 * rejection; {@code snapshot} is JSON of {@link HostingDecisionView.Snapshot}. Times are UTC.
 */
@MappedEntity("hosting_decision")
record HostingDecisionEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long itServiceId,
        String outcome,
        @Nullable String conditions,
        String decidedBy,
        @Nullable String decidedByName,
        String decidedRole,
        LocalDateTime decidedAt,
        String snapshot) {}
