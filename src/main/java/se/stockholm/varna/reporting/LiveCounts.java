package se.stockholm.varna.reporting;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base counts of an open period, kept current (ADR 0019): a read checks in one short transaction that
 * the kept counts were computed today and no audit event came after them, and if so sums only those.
 * Otherwise one refresh at a time recomputes the units the newer events belong to (with the units of the
 * it-tjänster that process their informationsmängder), or every unit on a new day, after a start, or when an
 * event belongs to no unit. The answer is the same as computing every count from the rows now.
 */
@Singleton
class LiveCounts {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCounts.class);

    /** Above this many touched units, a refresh recomputes every unit in one pass. */
    static final int MAX_UNITS = 60;

    /** How long after a start the open periods are counted in the background. */
    private static final Duration WARM_DELAY = Duration.ofSeconds(10);

    /** Above this many audit events since the last refresh, it recomputes every unit. */
    static final int MAX_EVENTS = 2_000;

    private static final UnitSelection EVERYTHING = UnitSelection.subtree("/");

    /** Both run in transactions of their own: they must see what was committed before them. */
    private static final TransactionDefinition NEW =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private static final TransactionDefinition NEW_READ_ONLY = readOnly();

    private final LiveCountStore store;
    private final LiveCountChanges changes;
    private final IndicatorCalculator calculator;
    private final ReportPeriods periods;
    private final TransactionOperations<Connection> transactions;
    private final TaskScheduler scheduler;
    private final boolean warmAfterStart;

    LiveCounts(
            LiveCountStore store,
            LiveCountChanges changes,
            IndicatorCalculator calculator,
            ReportPeriods periods,
            TransactionOperations<Connection> transactions,
            TaskScheduler scheduler,
            @Value("${varna.reports.warm-after-start:true}") boolean warmAfterStart) {
        this.store = store;
        this.changes = changes;
        this.calculator = calculator;
        this.periods = periods;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.warmAfterStart = warmAfterStart;
    }

    /**
     * Just after midnight (and after a start), counts the new day for every open period of the year, so that
     * the first report of the day does not wait for it. Each replica does it; the later ones find the counts
     * current.
     */
    @Scheduled(cron = "${varna.reports.warm-cron:0 5 0 * * *}", zoneId = "Europe/Stockholm")
    void warmOpenPeriods() {
        try {
            int year = calculator.today().getYear();
            for (ReportPeriod period : transactions.executeRead(status -> periods.ofYear(year))) {
                if (!period.closed()) {
                    of(period, "/");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("counting the new day for the reports failed; the first report of the day counts it", e);
        }
    }

    /**
     * Code changes between versions may count differently: after a start, everything is recomputed once, in
     * the background a little later (so that no person's first report waits for it), unless switched off.
     */
    @EventListener
    void onStartup(StartupEvent event) {
        transactions.execute(TransactionDefinition.DEFAULT, status -> {
            store.forget();
            return null;
        });
        if (warmAfterStart) {
            scheduler.schedule(WARM_DELAY, this::warmOpenPeriods);
        }
    }

    /** Every base count of the period (IS-07 of this period, the rest as of today), per unit under the path. */
    Map<Long, Map<String, Long>> of(ReportPeriod period, String path) {
        List<String> parts = List.of(LiveCountStore.BASE, LiveCountStore.periodPart(period.id()));
        LocalDate today = calculator.today();
        Map<Long, Map<String, Long>> current = transactions.execute(NEW_READ_ONLY, status -> {
            long last = changes.lastAuditId();
            Map<String, LiveCountStore.State> states = store.states(parts);
            boolean fresh = parts.stream()
                    .allMatch(p -> states.containsKey(p) && states.get(p).currentTo(today, last));
            return fresh ? store.read(parts, path) : null;
        });
        if (current != null) {
            return current;
        }
        return transactions.execute(NEW, status -> {
            // the lock first: this transaction's reads then see what a refresh before it wrote
            store.lock();
            long last = changes.lastAuditId();
            Map<String, LiveCountStore.State> states = store.states(parts);
            refresh(
                    parts.get(0),
                    states.get(parts.get(0)),
                    today,
                    last,
                    true,
                    units -> calculator.dayCounts(units, today));
            refresh(
                    parts.get(1),
                    states.get(parts.get(1)),
                    today,
                    last,
                    false,
                    units -> calculator.periodCounts(units, period));
            return store.read(parts, path);
        });
    }

    /** The touched units, and for IS-09/IS-10 the units of the services processing touched assets. */
    private Set<Long> units(LiveCountChanges.Touched touched, boolean withServiceUnits) {
        Set<Long> units = new HashSet<>(touched.units());
        if (withServiceUnits) {
            units.addAll(changes.serviceUnitsProcessing(touched));
        }
        return units;
    }

    private static TransactionDefinition readOnly() {
        DefaultTransactionDefinition definition =
                new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRES_NEW);
        definition.setReadOnly(true);
        return definition;
    }

    private void refresh(
            String part,
            LiveCountStore.State state,
            LocalDate today,
            long last,
            boolean withServiceUnits,
            Function<UnitSelection, Map<Long, Map<String, Long>>> count) {
        if (state != null && state.currentTo(today, last)) {
            return;
        }
        Optional<Set<Long>> touched = state == null || !today.equals(state.computedOn()) || state.auditId() == null
                ? Optional.empty()
                : changes.touched(state.auditId(), last, MAX_EVENTS).map(t -> units(t, withServiceUnits));
        if (touched.isPresent() && touched.get().size() > MAX_UNITS) {
            touched = Optional.empty();
        }
        long started = System.nanoTime();
        if (touched.isEmpty()) {
            store.replace(part, null, count.apply(EVERYTHING));
        } else if (!touched.get().isEmpty()) {
            store.replace(part, touched.get(), count.apply(UnitSelection.units(touched.get())));
        }
        store.saveState(part, today, last, calculator.now());
        LOG.debug(
                "Report counts {} refreshed for {} in {} ms",
                part,
                touched.map(u -> u.size() + " units").orElse("every unit"),
                (System.nanoTime() - started) / 1_000_000);
    }
}
