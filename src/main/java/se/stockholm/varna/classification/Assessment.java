package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A stored self-assessment of one requirement for one it-tjänst. */
@Serdeable
record Assessment(
        String requirementCode,
        String status,
        @Nullable String comment,
        String assessedBy,
        Instant assessedAt,
        long version) {

    /** The handlingsplan row of a requirement with this assessment, or unassessed when there is none. */
    static ActionPlanView.Item item(Requirement requirement, @Nullable Assessment assessment) {
        return assessment == null
                ? new ActionPlanView.Item(requirement, null, null, null, null, 0L)
                : new ActionPlanView.Item(
                        requirement,
                        assessment.status(),
                        assessment.comment(),
                        assessment.assessedBy(),
                        assessment.assessedAt(),
                        assessment.version());
    }
}
