package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of control_point: a kontrollmoment of a plan. Its risks and periods are link rows. */
@MappedEntity("control_point")
record ControlPointEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long planId,
        String title,
        String whatChecked,
        String method,
        String frequencyCode,
        String responsible,
        int positionNo,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    ControlPointEntity changed(ControlPointInput in, LocalDateTime at, long expected) {
        return new ControlPointEntity(
                id,
                planId,
                in.title(),
                in.whatChecked(),
                in.method(),
                in.frequencyCode(),
                in.responsible(),
                positionNo,
                createdAt,
                at,
                expected);
    }
}
