package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A plan in a list: what it is and how far its follow-up has come in the year. */
@Serdeable
public record ControlPlanSummary(
        long id,
        long orgUnitId,
        String orgUnitName,
        int year,
        String status,
        @Nullable LocalDate decidedOn,
        int points,
        int followUps,
        int deviations,
        long version) {}
