package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** A riskacceptans: the owner's sign-off with its rationale, expiry and the snapshot it was made on. */
@Serdeable
public record RiskAcceptanceView(
        long id,
        long riskId,
        String status,
        String rationale,
        LocalDate expiresOn,
        String acceptedBy,
        @Nullable String acceptedByName,
        String acceptedRole,
        Instant acceptedAt,
        @Nullable String secondBy,
        @Nullable Instant secondAt,
        @Nullable String secondComment,
        String snapshot) {

    public static final String AWAITING_CENTRAL = "VANTAR_PA_CENTRAL";
    public static final String IN_FORCE = "GALLANDE";
    public static final String EXPIRED = "UTGANGEN";
    public static final String SUPERSEDED = "ERSATT";
    public static final String REJECTED = "AVSLAGEN";
}
