package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An undantag as the adapters and the audit trail see it. {@code expired} (utgånget) is computed when
 * read: a BEVILJAT exemption whose {@code validUntil} lies before today (ADR 0015).
 */
@Serdeable
public record ExemptionView(
        long id,
        long orgUnitId,
        String orgUnitName,
        long responsibleOrgId,
        String responsibleOrgName,
        String title,
        String requirementRef,
        @Nullable String requirementCode,
        String deviation,
        String investigation,
        @Nullable String implementationPlan,
        @Nullable String sharedImpact,
        LocalDate requestedUntil,
        String status,
        boolean expired,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String sentBackBy,
        @Nullable Instant sentBackAt,
        @Nullable String sentBackComment,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable String decidedRole,
        @Nullable Instant decidedAt,
        @Nullable String conditions,
        @Nullable LocalDate validUntil,
        @Nullable String decisionReason,
        @Nullable String decisionSnapshot,
        String createdBy,
        Instant createdAt,
        long version) {

    public static final String DRAFT = "UTKAST";
    public static final String SUBMITTED = "INSKICKAD";
    public static final String SENT_BACK = "KOMPLETTERING";
    public static final String GRANTED = "BEVILJAT";
    public static final String REJECTED = "AVSLAGET";
    public static final String WITHDRAWN = "ATERKALLAD";

    /** Beviljat and not yet utgånget. */
    public boolean inForce() {
        return GRANTED.equals(status) && !expired;
    }

    /** The same exemption without its snapshot: what the snapshot itself holds. */
    ExemptionView withoutSnapshot() {
        return new ExemptionView(
                id,
                orgUnitId,
                orgUnitName,
                responsibleOrgId,
                responsibleOrgName,
                title,
                requirementRef,
                requirementCode,
                deviation,
                investigation,
                implementationPlan,
                sharedImpact,
                requestedUntil,
                status,
                expired,
                submittedBy,
                submittedAt,
                sentBackBy,
                sentBackAt,
                sentBackComment,
                decidedBy,
                decidedByName,
                decidedRole,
                decidedAt,
                conditions,
                validUntil,
                decisionReason,
                null,
                createdBy,
                createdAt,
                version);
    }
}
