package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A risk as the adapters and the audit trail see it. */
@Serdeable
public record RiskView(
        long id,
        String title,
        @Nullable String description,
        @Nullable String threat,
        @Nullable String vulnerability,
        long orgUnitId,
        String orgUnitName,
        long responsibleOrgId,
        String responsibleOrgName,
        String ownerUsername,
        @Nullable String ownerName,
        String context,
        String source,
        @Nullable Long supplierId,
        @Nullable String supplierName,
        long matrixId,
        String status,
        @Nullable String treatment,
        @Nullable String treatmentMotivation,
        boolean significant,
        @Nullable LocalDate nextReviewOn,
        List<Assessment> assessments,
        List<Ref> assets,
        List<Ref> services,
        String createdBy,
        Instant createdAt,
        long version) {

    public static final String IDENTIFIED = "IDENTIFIERAD";
    public static final String ASSESSED = "BEDOMD";
    public static final String REVIEWED = "GRANSKAD";
    public static final String DECIDED = "BESLUTAD";
    public static final String CLOSED = "STANGD";

    /** One of the three assessments: INNEBOENDE, NUVARANDE or KVARVARANDE ("band" is an OGNL keyword). */
    @Serdeable
    public record Assessment(
            String kind,
            int likelihood,
            int consequence,
            String bandCode,
            String motivation,
            String assessedBy,
            Instant assessedAt) {}

    /** A linked informationsmängd or it-tjänst, by id and name. */
    @Serdeable
    public record Ref(long id, String name) {}

    public Optional<Assessment> assessment(String kind) {
        return assessments.stream().filter(a -> a.kind().equals(kind)).findFirst();
    }

    RiskView with(List<Assessment> newAssessments, List<Ref> newAssets, List<Ref> newServices) {
        return new RiskView(
                id,
                title,
                description,
                threat,
                vulnerability,
                orgUnitId,
                orgUnitName,
                responsibleOrgId,
                responsibleOrgName,
                ownerUsername,
                ownerName,
                context,
                source,
                supplierId,
                supplierName,
                matrixId,
                status,
                treatment,
                treatmentMotivation,
                significant,
                nextReviewOn,
                newAssessments,
                newAssets,
                newServices,
                createdBy,
                createdAt,
                version);
    }
}
