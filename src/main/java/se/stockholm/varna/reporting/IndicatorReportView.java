package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** The indicator values of some organisations for one period, and where they come from. */
public record IndicatorReportView(
        ReportPeriod period, String source, Instant computedAt, List<Organisation> organisations) {

    static final String LIVE = "LIVE";
    static final String SNAPSHOT = "SNAPSHOT";
    static final String SUBTREE = "SUBTREE";
    static final String CHILD = "CHILD";

    /** One organisation's values; {@code breakdown} says whether it is an asked subtree or a child of one. */
    public record Organisation(
            long orgUnitId,
            String code,
            String name,
            String breakdown,
            @Nullable Long parentId,
            List<IndicatorValue> values) {}
}
