package se.stockholm.varna.reporting;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.stockholm.varna.shared.ChangeEvent;
import se.stockholm.varna.shared.Problems;

/**
 * Freezes the indicator values of every organisation unit when a reporting period is closed, in the
 * closing transaction (internalcontrol publishes {@code ReportingPeriod}/{@code CLOSED} synchronously):
 * a failed snapshot rolls the closing back. Reopening marks the snapshot superseded; it is kept.
 */
@Singleton
class PeriodSnapshots {

    static final String PERIOD_ENTITY = "ReportingPeriod";
    static final String CLOSED = "CLOSED";
    static final String REOPENED = "REOPENED";

    /** Stands for the whole tree: every materialised path starts with it. */
    private static final ReportUnit EVERYTHING = new ReportUnit(0, "", "", null, "/");

    private final IndicatorQueries queries;
    private final ReportPeriods periods;
    private final IndicatorCalculator calculator;
    private final SnapshotStore store;
    private final Clock clock;

    PeriodSnapshots(
            IndicatorQueries queries,
            ReportPeriods periods,
            IndicatorCalculator calculator,
            SnapshotStore store,
            Clock clock) {
        this.queries = queries;
        this.periods = periods;
        this.calculator = calculator;
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(ChangeEvent event) {
        if (!PERIOD_ENTITY.equals(event.entityType())) {
            return;
        }
        if (CLOSED.equals(event.action())) {
            take(Long.parseLong(event.entityId()), event.actor());
        } else if (REOPENED.equals(event.action())) {
            supersede(Long.parseLong(event.entityId()), event.actor());
        }
    }

    /** A new current snapshot of every unit in force today, for a period. */
    @Transactional
    IndicatorSnapshot take(long periodId, String actor) {
        store.lockPeriod(periodId);
        ReportPeriod period = periods.period(periodId).orElseThrow(() -> Problems.notFound("Perioden"));
        List<ReportUnit> units = queries.units(calculator.today());
        return store.take(periodId, actor, now(), calculator.values(EVERYTHING, units, period));
    }

    /**
     * The current snapshot of a closed period; one is taken now if the period was closed without one
     * (closed before reports existed), so that it never changes after this first answer.
     */
    @Transactional
    IndicatorSnapshot ofClosed(ReportPeriod period) {
        return store.current(period.id()).orElseGet(() -> {
            store.lockPeriod(period.id());
            return store.current(period.id()).orElseGet(() -> take(period.id(), "system"));
        });
    }

    @Transactional
    void supersede(long periodId, String actor) {
        store.supersede(periodId, actor, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
