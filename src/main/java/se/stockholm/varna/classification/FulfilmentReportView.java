package se.stockholm.varna.classification;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Handlingsplan fulfilment per ansvarig organisation over its active it-tjänster, and in total. */
@Serdeable
public record FulfilmentReportView(List<Organisation> organisations, FulfilmentView total) {

    /** One ansvarig organisation: how many active services it has in the report, and their fulfilment. */
    @Serdeable
    public record Organisation(long orgUnitId, String name, int services, FulfilmentView fulfilment) {}
}
