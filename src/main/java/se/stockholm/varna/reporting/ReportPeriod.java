package se.stockholm.varna.reporting;

import java.time.LocalDate;

/** A reporting_period row (owned by internalcontrol), read for reports. */
public record ReportPeriod(long id, int year, String code, LocalDate startsOn, LocalDate endsOn, String status) {

    static final String OPEN = "OPPEN";
    static final String CLOSED = "STANGD";

    boolean closed() {
        return CLOSED.equals(status);
    }
}
