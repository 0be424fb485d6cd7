package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An internkontrollplan with its kontrollmoment, the year's periods and its revisions. */
@Serdeable
public record ControlPlanView(
        long id,
        long orgUnitId,
        String orgUnitName,
        int year,
        String status,
        @Nullable LocalDate decidedOn,
        @Nullable String decisionReference,
        int revisionNo,
        @Nullable String establishedBy,
        @Nullable Instant establishedAt,
        String createdBy,
        Instant createdAt,
        long version,
        List<ControlPointView> points,
        List<ReportingPeriodView> periods,
        List<Revision> revisions) {

    /** A recorded revision of the fastställd plan. */
    @Serdeable
    public record Revision(
            int revisionNo,
            String reason,
            String startedBy,
            Instant startedAt,
            @Nullable LocalDate decidedOn,
            @Nullable String establishedBy,
            @Nullable Instant establishedAt) {}

    public boolean editable() {
        return ControlPlanEntity.DRAFT.equals(status) || ControlPlanEntity.REVISING.equals(status);
    }

    public boolean adopted() {
        return ControlPlanEntity.ESTABLISHED.equals(status) || ControlPlanEntity.REVISING.equals(status);
    }

    /** The plan as recorded in a revision's snapshot: without the periods, which are the year's. */
    ControlPlanView snapshot() {
        return new ControlPlanView(
                id,
                orgUnitId,
                orgUnitName,
                year,
                status,
                decidedOn,
                decisionReference,
                revisionNo,
                establishedBy,
                establishedAt,
                createdBy,
                createdAt,
                version,
                points,
                List.of(),
                List.of());
    }
}
