package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A reporting period of a year: T1, T2, VB or what the year was configured with. */
@Serdeable
public record ReportingPeriodView(
        long id,
        int year,
        String code,
        String nameSv,
        String nameEn,
        LocalDate startsOn,
        LocalDate endsOn,
        String status,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        @Nullable String reopenReason,
        long version) {

    public boolean open() {
        return ReportingPeriodEntity.OPEN.equals(status);
    }

    /** Open and its end passed: follow-ups still missing are late. */
    public boolean ended(LocalDate today) {
        return endsOn.isBefore(today);
    }

    /** The name in the page's language. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameSv;
    }

    static ReportingPeriodView of(ReportingPeriodEntity e) {
        return new ReportingPeriodView(
                e.id(),
                e.year(),
                e.code(),
                e.nameSv(),
                e.nameEn(),
                e.startsOn(),
                e.endsOn(),
                e.status(),
                e.closedBy(),
                e.closedAt() == null ? null : e.closedAt().toInstant(ZoneOffset.UTC),
                e.reopenReason(),
                e.version() == null ? 0 : e.version());
    }
}
