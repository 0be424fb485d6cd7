package se.stockholm.varna.internalcontrol;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A kontrollmoment of a fastställd plan without an uppföljning in an open period it is reported in. */
@Serdeable
public record MissingFollowUp(
        long planId,
        long orgUnitId,
        String orgUnitName,
        int year,
        String periodCode,
        LocalDate periodEndsOn,
        long controlPointId,
        String controlPointTitle,
        String responsible,
        boolean late) {}
