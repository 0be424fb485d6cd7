package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import se.stockholm.varna.risk.RiskActionView;

/** An uppföljning with its uploaded evidence and the corrective åtgärder it planned. */
@Serdeable
public record FollowUpView(
        long id,
        long controlPointId,
        long periodId,
        String periodCode,
        String result,
        @Nullable String comment,
        @Nullable String evidenceUrl,
        String recordedBy,
        Instant recordedAt,
        long version,
        List<EvidenceView> evidence,
        List<RiskActionView> actions) {

    public boolean deviates() {
        return FollowUpRules.needsCorrection(result);
    }
}
