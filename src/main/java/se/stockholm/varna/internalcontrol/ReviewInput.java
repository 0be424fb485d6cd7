package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * What a granskning is, as the reviewer registers or changes it: internal (INTERN) or external
 * (EXTERN), whether the reviewer is independent of the audited organisation, what is reviewed
 * ({@code scope}), which organisation, by whom, when, and where the report is.
 */
public record ReviewInput(
        @Nullable String kind,
        boolean independent,
        @Nullable String title,
        @Nullable String scope,
        @Nullable Long orgUnitId,
        @Nullable String auditorName,
        @Nullable String auditorOrganisation,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        @Nullable String status,
        @Nullable String reportReference) {

    /** The same input as an existing review, to change one part of it. */
    public static ReviewInput of(ReviewView r) {
        return new ReviewInput(
                r.kind(),
                r.independent(),
                r.title(),
                r.scope(),
                r.orgUnitId(),
                r.auditorName(),
                r.auditorOrganisation(),
                r.plannedOn(),
                r.startedOn(),
                r.endedOn(),
                r.status(),
                r.reportReference());
    }
}
