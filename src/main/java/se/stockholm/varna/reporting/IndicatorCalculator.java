package se.stockholm.varna.reporting;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.stockholm.varna.classification.FulfilmentService;
import se.stockholm.varna.classification.FulfilmentView;
import se.stockholm.varna.classification.HostingDecisionNeed;
import se.stockholm.varna.classification.HostingDecisionService;

/**
 * Computes the base counts of the indicators per org unit: the SQL counts of {@link IndicatorQueries}, plus
 * IS-09 from the hosting decisions the classification module finds missing and IS-10 from its handlingsplan
 * fulfilment; and turns base counts into each asked unit's values, summed over its subtree.
 */
@Singleton
class IndicatorCalculator {

    /** IS-09 counts services whose required K is at least this. */
    static final int MIN_K = 2;

    private final IndicatorQueries queries;
    private final HostingDecisionService hosting;
    private final FulfilmentService fulfilment;
    private final Clock clock;

    IndicatorCalculator(
            IndicatorQueries queries, HostingDecisionService hosting, FulfilmentService fulfilment, Clock clock) {
        this.queries = queries;
        this.hosting = hosting;
        this.fulfilment = fulfilment;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Computed now from every row: the values of each unit in {@code units}, all under {@code root}. */
    Map<Long, List<IndicatorValue>> values(ReportUnit root, List<ReportUnit> units, ReportPeriod period) {
        LocalDate today = today();
        UnitSelection subtree = UnitSelection.subtree(root.path());
        Map<Long, Map<String, Long>> base = dayCounts(subtree, today);
        periodCounts(subtree, period)
                .forEach((unitId, counts) -> counts.forEach((key, n) -> IndicatorQueries.put(base, unitId, key, n)));
        return valuesOf(base, paths(today), queries.bands(), units);
    }

    /** The paths of the units in force today, by id (what {@link #valuesOf} sums by). */
    Map<Long, String> paths(LocalDate today) {
        return queries.units(today).stream().collect(Collectors.toMap(ReportUnit::id, ReportUnit::path));
    }

    /** The values of each unit in {@code units}, its base counts summed over its subtree. No database. */
    static Map<Long, List<IndicatorValue>> valuesOf(
            Map<Long, Map<String, Long>> base, Map<Long, String> paths, List<String> bands, List<ReportUnit> units) {
        Map<Long, List<IndicatorValue>> out = new LinkedHashMap<>();
        for (ReportUnit unit : units) {
            out.put(unit.id(), IndicatorRules.values(IndicatorRules.sum(paths, base, unit.path()), bands));
        }
        return out;
    }

    /** The base counts that do not depend on the period (all but IS-07) of the selected units. */
    Map<Long, Map<String, Long>> dayCounts(UnitSelection units, LocalDate today) {
        Map<Long, Map<String, Long>> base = queries.dayCounts(units, today);
        List<HostingDecisionNeed> needs =
                units.path() != null ? hosting.needs(units.scope()) : hosting.needsOfUnits(units.ids());
        for (HostingDecisionNeed need : needs) {
            if (need.requiredK() >= MIN_K) {
                IndicatorQueries.put(base, need.orgUnitId(), IndicatorRules.SERVICES_UNDECIDED, 1);
            }
        }
        Map<Long, FulfilmentView> fulfilled =
                units.path() != null ? fulfilment.byUnit(units.scope()) : fulfilment.byUnitOfUnits(units.ids());
        fulfilled.forEach((unitId, f) -> {
            IndicatorQueries.put(base, unitId, IndicatorRules.REQUIREMENTS_APPLICABLE, f.applicable());
            IndicatorQueries.put(base, unitId, IndicatorRules.REQUIREMENTS_FULFILLED, f.fulfilled());
            IndicatorQueries.put(base, unitId, IndicatorRules.REQUIREMENTS_NOT_APPLICABLE, f.notApplicable());
        });
        return base;
    }

    /** IS-07's base counts of one period, of the selected units. */
    Map<Long, Map<String, Long>> periodCounts(UnitSelection units, ReportPeriod period) {
        return queries.periodCounts(units, period);
    }
}
