package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of follow_up: the uppföljning of one kontrollmoment in one period. Times are UTC. */
@MappedEntity("follow_up")
record FollowUpEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long controlPointId,
        Long periodId,
        String result,
        @Nullable String comment,
        @Nullable String evidenceUrl,
        String recordedBy,
        LocalDateTime recordedAt,
        @Version @Nullable Long version) {

    FollowUpEntity changed(FollowUpInput in, String by, LocalDateTime at, long expected) {
        return new FollowUpEntity(
                id, controlPointId, periodId, in.result(), in.comment(), in.evidenceUrl(), by, at, expected);
    }
}
