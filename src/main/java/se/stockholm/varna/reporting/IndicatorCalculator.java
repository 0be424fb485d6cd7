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
import se.stockholm.varna.organisation.Scope;

/**
 * Computes indicator values live: the SQL base counts of {@link IndicatorQueries}, plus IS-09 from the
 * hosting decisions the classification module finds missing and IS-10 from its handlingsplan
 * fulfilment, all per org unit under one subtree, then summed per requested unit.
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

    /** The values of each unit in {@code units}, each summed over its own subtree; all lie under {@code root}. */
    Map<Long, List<IndicatorValue>> values(ReportUnit root, List<ReportUnit> units, ReportPeriod period) {
        LocalDate today = today();
        Map<Long, Map<String, Long>> base = base(root.path(), today, period);
        Map<Long, String> paths =
                queries.units(today).stream().collect(Collectors.toMap(ReportUnit::id, ReportUnit::path));
        List<String> bands = queries.bands();
        Map<Long, List<IndicatorValue>> out = new LinkedHashMap<>();
        for (ReportUnit unit : units) {
            out.put(unit.id(), IndicatorRules.values(IndicatorRules.sum(paths, base, unit.path()), bands));
        }
        return out;
    }

    private Map<Long, Map<String, Long>> base(String path, LocalDate today, ReportPeriod period) {
        Map<Long, Map<String, Long>> base = queries.baseCounts(path, today, period);
        Scope subtree = new Scope(false, List.of(path));
        for (HostingDecisionNeed need : hosting.needs(subtree)) {
            if (need.requiredK() >= MIN_K) {
                IndicatorQueries.put(base, need.orgUnitId(), IndicatorRules.SERVICES_UNDECIDED, 1);
            }
        }
        fulfilment.byUnit(subtree).forEach((unitId, f) -> {
            IndicatorQueries.put(base, unitId, IndicatorRules.REQUIREMENTS_APPLICABLE, f.applicable());
            IndicatorQueries.put(base, unitId, IndicatorRules.REQUIREMENTS_FULFILLED, f.fulfilled());
            IndicatorQueries.put(base, unitId, IndicatorRules.REQUIREMENTS_NOT_APPLICABLE, notApplicable(f));
        });
        return base;
    }

    private static long notApplicable(FulfilmentView f) {
        return f.notApplicable();
    }
}
