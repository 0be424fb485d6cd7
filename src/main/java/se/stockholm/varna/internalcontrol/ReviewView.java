package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** A granskning as the adapters and the audit trail see it, with how many of its findings are still open. */
@Serdeable
public record ReviewView(
        long id,
        String kind,
        boolean independent,
        String title,
        String scope,
        long orgUnitId,
        String orgUnitName,
        long responsibleOrgId,
        String responsibleOrgName,
        String auditorName,
        @Nullable String auditorOrganisation,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        String status,
        @Nullable String reportReference,
        int findingCount,
        int openFindingCount,
        String createdBy,
        Instant createdAt,
        long version) {

    public static final String PLANNED = "PLANERAD";
    public static final String ONGOING = "PAGAR";
    public static final String ENDED = "AVSLUTAD";
    public static final String INTERNAL = "INTERN";
    public static final String EXTERNAL = "EXTERN";

    /** An ended review's report is final: it takes no new findings and its findings' content is frozen. */
    public boolean ended() {
        return ENDED.equals(status);
    }

    /** The report reference as a link target when it is a web address; otherwise null (shown as text). */
    @Nullable
    public String reportUrl() {
        return reportReference != null
                        && (reportReference.startsWith("https://") || reportReference.startsWith("http://"))
                        && !reportReference.contains(" ")
                ? reportReference
                : null;
    }
}
