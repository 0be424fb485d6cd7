package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An iakttagelse as the adapters and the audit trail see it: what the reviewer recorded, the
 * organisation's answer and åtgärder, the reviewer's closing, and the risk candidate it raised.
 */
@Serdeable
public record FindingView(
        long id,
        long reviewId,
        String reviewTitle,
        String title,
        String observation,
        String severityCode,
        String severityName,
        String severityNameEn,
        int severityRank,
        @Nullable String recommendation,
        long orgUnitId,
        String orgUnitName,
        boolean raiseRisk,
        String status,
        @Nullable String response,
        @Nullable String respondedBy,
        @Nullable Instant respondedAt,
        @Nullable String closingComment,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        String createdBy,
        Instant createdAt,
        List<FindingActionView> actions,
        @Nullable Candidate riskCandidate,
        long version) {

    public static final String OPEN = "OPPEN";
    public static final String ANSWERED = "BESVARAD";
    public static final String CLOSED = "STANGD";
    /** The kind of risk candidate a finding raises, and the prefix of its cause key. */
    public static final String CANDIDATE_KIND = "GRANSKNING";

    public FindingView {
        actions = List.copyOf(actions);
    }

    /** The risk candidate raised for this finding: its id, its status in the inbox and the risk it became. */
    @Serdeable
    public record Candidate(long id, String status, @Nullable Long riskId) {}

    /** The stable key of the risk candidate a finding raises. */
    public static String causeKey(long findingId) {
        return CANDIDATE_KIND + ":" + findingId;
    }

    public boolean closed() {
        return CLOSED.equals(status);
    }

    FindingView with(List<FindingActionView> newActions, @Nullable Candidate candidate) {
        return new FindingView(
                id,
                reviewId,
                reviewTitle,
                title,
                observation,
                severityCode,
                severityName,
                severityNameEn,
                severityRank,
                recommendation,
                orgUnitId,
                orgUnitName,
                raiseRisk,
                status,
                response,
                respondedBy,
                respondedAt,
                closingComment,
                closedBy,
                closedAt,
                createdBy,
                createdAt,
                newActions,
                candidate,
                version);
    }
}
