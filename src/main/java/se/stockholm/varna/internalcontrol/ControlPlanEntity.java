package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of control_plan: the internkontrollplan of an ansvarig organisation for a year. Times are UTC. */
@MappedEntity("control_plan")
record ControlPlanEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long orgUnitId,
        @MappedProperty("plan_year") int year,
        String status,
        @Nullable LocalDate decidedOn,
        @Nullable String decisionReference,
        int revisionNo,
        @Nullable String establishedBy,
        @Nullable LocalDateTime establishedAt,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Version @Nullable Long version) {

    static final String DRAFT = "UTKAST";
    static final String ESTABLISHED = "FASTSTALLD";
    static final String REVISING = "UNDER_REVIDERING";

    /** Control points may change: a draft, or a fastställd plan under a recorded revision. */
    boolean editable() {
        return DRAFT.equals(status) || REVISING.equals(status);
    }

    /** Follow-ups are reported against a plan the nämnd has fastställt (also while it is being revised). */
    boolean adopted() {
        return ESTABLISHED.equals(status) || REVISING.equals(status);
    }

    ControlPlanEntity established(
            LocalDate on, @Nullable String reference, String by, LocalDateTime at, long expected) {
        return new ControlPlanEntity(
                id,
                orgUnitId,
                year,
                ESTABLISHED,
                on,
                reference,
                revisionNo,
                by,
                at,
                createdBy,
                createdAt,
                at,
                expected);
    }

    ControlPlanEntity revising(LocalDateTime at, long expected) {
        return new ControlPlanEntity(
                id,
                orgUnitId,
                year,
                REVISING,
                decidedOn,
                decisionReference,
                revisionNo + 1,
                establishedBy,
                establishedAt,
                createdBy,
                createdAt,
                at,
                expected);
    }

    ControlPlanEntity touched(LocalDateTime at, long expected) {
        return new ControlPlanEntity(
                id,
                orgUnitId,
                year,
                status,
                decidedOn,
                decisionReference,
                revisionNo,
                establishedBy,
                establishedAt,
                createdBy,
                createdAt,
                at,
                expected);
    }
}
