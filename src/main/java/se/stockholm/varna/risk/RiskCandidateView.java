package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A risk candidate as the adapters and the audit trail see it. Its cause: for HANDLINGSPLAN the
 * it-tjänst, the requirement and the assessment status; for DRIFTBESLUT the it-tjänst and its hosting
 * facts; both as when the candidate was raised or its cause last changed.
 */
@Serdeable
public record RiskCandidateView(
        long id,
        String kind,
        String status,
        String title,
        @Nullable String detail,
        long orgUnitId,
        String orgUnitName,
        @Nullable Long itServiceId,
        @Nullable String itServiceName,
        @Nullable String requirementCode,
        @Nullable String assessmentStatus,
        @Nullable Hosting hosting,
        @Nullable Long riskId,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String dismissMotivation,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final String NEW = "NY";
    public static final String RISK = "RISK";
    public static final String DISMISSED = "AVFARDAD";
    public static final String OUTDATED = "INAKTUELL";
    public static final List<String> STATUSES = List.of(NEW, RISK, DISMISSED, OUTDATED);

    /** Cloud or third-country hosting: the facts that made it need an informationsägare decision. */
    @Serdeable
    public record Hosting(String hosting, boolean cloud, List<String> countries, int requiredK, boolean personalData) {

        public Hosting {
            countries = List.copyOf(countries);
        }
    }

    /** Still to triage. */
    public boolean open() {
        return NEW.equals(status);
    }

    /** A new candidate that was dismissed before its cause changed: the earlier motivation is context. */
    public boolean dismissedBefore() {
        return open() && dismissMotivation != null;
    }

    public boolean gap() {
        return RiskCandidateCause.GAP.equals(kind);
    }
}
