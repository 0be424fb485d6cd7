package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of control_plan_revision: why a fastställd plan was reopened, and the plan before and after. */
@MappedEntity("control_plan_revision")
record ControlPlanRevisionEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long planId,
        int revisionNo,
        String reason,
        String startedBy,
        LocalDateTime startedAt,
        String snapshotBefore,
        @Nullable LocalDate decidedOn,
        @Nullable String establishedBy,
        @Nullable LocalDateTime establishedAt,
        @Nullable String snapshotAfter) {

    ControlPlanRevisionEntity completed(LocalDate on, String by, LocalDateTime at, String snapshot) {
        return new ControlPlanRevisionEntity(
                id, planId, revisionNo, reason, startedBy, startedAt, snapshotBefore, on, by, at, snapshot);
    }
}
