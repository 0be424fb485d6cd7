package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of reporting_period. Times are UTC. */
@MappedEntity("reporting_period")
record ReportingPeriodEntity(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("period_year") int year,
        String code,
        String nameSv,
        String nameEn,
        LocalDate startsOn,
        LocalDate endsOn,
        int sortNo,
        String status,
        @Nullable String closedBy,
        @Nullable LocalDateTime closedAt,
        @Nullable String reopenReason,
        LocalDateTime createdAt,
        @Version @Nullable Long version) {

    static final String OPEN = "OPPEN";
    static final String CLOSED = "STANGD";

    ReportingPeriodEntity closed(String by, LocalDateTime at, long expected) {
        return new ReportingPeriodEntity(
                id,
                year,
                code,
                nameSv,
                nameEn,
                startsOn,
                endsOn,
                sortNo,
                CLOSED,
                by,
                at,
                reopenReason,
                createdAt,
                expected);
    }

    ReportingPeriodEntity reopened(String reason, long expected) {
        return new ReportingPeriodEntity(
                id, year, code, nameSv, nameEn, startsOn, endsOn, sortNo, OPEN, null, null, reason, createdAt,
                expected);
    }
}
