package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.Problems;

/**
 * The reports: the catalogue, and indicator values for a subtree and period. People see subtrees within
 * their scope (outside is 404, ADR 0006); the ils-klient reads the whole city. Open periods are computed
 * live; a closed period answers from its snapshot (ADR 0017).
 */
@Singleton
class ReportService {

    private final IndicatorQueries queries;
    private final ReportPeriods periods;
    private final IndicatorCalculator calculator;
    private final PeriodSnapshots snapshots;
    private final SnapshotStore store;
    private final ScopeService scopes;
    private final LiveCounts liveCounts;
    private final TransactionOperations<Connection> transactions;

    ReportService(
            IndicatorQueries queries,
            ReportPeriods periods,
            IndicatorCalculator calculator,
            PeriodSnapshots snapshots,
            SnapshotStore store,
            ScopeService scopes,
            LiveCounts liveCounts,
            TransactionOperations<Connection> transactions) {
        this.queries = queries;
        this.periods = periods;
        this.calculator = calculator;
        this.snapshots = snapshots;
        this.store = store;
        this.scopes = scopes;
        this.liveCounts = liveCounts;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    List<IndicatorDefinition> catalogue() {
        List<IndicatorDefinition> out = new ArrayList<>();
        queries.query(
                "SELECT id, name_sv, name_en, definition_sv, definition_en, unit, direction, sub_keys FROM indicator"
                        + " ORDER BY sort_no",
                List.of(),
                rs -> out.add(new IndicatorDefinition(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        Arrays.asList(rs.getString(8).split(",")))));
        return out;
    }

    /** The reporting periods of a year, for the pages' period choice. */
    @Transactional(readOnly = true)
    List<ReportPeriod> periodsOf(int year) {
        return periods.ofYear(year);
    }

    /** The unit a page asks about (default: the first root of the caller's scope); outside the scope is 404. */
    @Transactional(readOnly = true)
    ReportUnit visibleUnit(CurrentUser user, @Nullable Long orgUnitId) {
        return roots(user, queries.units(calculator.today()), orgUnitId).stream()
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Organisationen"));
    }

    /** One unit's headline figure of an indicator over every closed period (the trend page). */
    @Transactional(readOnly = true)
    List<TrendPoint> trend(long unitId, String indicatorId, String subKey) {
        return store.trend(unitId, indicatorId, subKey);
    }

    /**
     * Values of the subtree (default: every root of the caller's scope), and of its children on request. A
     * closed period answers from its snapshot; an open one sums the kept live counts (ADR 0019), read in
     * transactions of their own, so this method holds no connection while they are refreshed.
     */
    IndicatorReportView values(
            CurrentUser user,
            @Nullable Integer year,
            @Nullable String periodCode,
            @Nullable Long orgUnitId,
            boolean children) {
        Asked asked = transactions.executeRead(status -> ask(user, year, periodCode, orgUnitId, children));
        ReportPeriod period = asked.period();
        if (period.closed()) {
            return transactions.execute(TransactionDefinition.DEFAULT, status -> frozen(asked));
        }
        Map<Long, List<IndicatorValue>> live = new LinkedHashMap<>();
        asked.units()
                .forEach((root, kids) -> live.putAll(IndicatorCalculator.valuesOf(
                        liveCounts.of(period, root.path()), asked.paths(), asked.bands(), withKids(root, kids))));
        return new IndicatorReportView(
                period, IndicatorReportView.LIVE, calculator.now(), organisations(asked.units(), live));
    }

    /** What a request asks for: the period, each asked subtree with its children, and the units' paths. */
    private record Asked(
            ReportPeriod period,
            Map<ReportUnit, List<ReportUnit>> units,
            Map<Long, String> paths,
            List<String> bands) {}

    private Asked ask(
            CurrentUser user,
            @Nullable Integer year,
            @Nullable String periodCode,
            @Nullable Long orgUnitId,
            boolean children) {
        LocalDate today = calculator.today();
        ReportPeriod period = period(year == null ? today.getYear() : year, periodCode, today);
        List<ReportUnit> units = queries.units(today);
        Map<ReportUnit, List<ReportUnit>> asked = new LinkedHashMap<>();
        for (ReportUnit root : roots(user, units, orgUnitId)) {
            asked.put(
                    root,
                    children
                            ? units.stream()
                                    .filter(u -> u.parentId() != null && u.parentId() == root.id())
                                    .toList()
                            : List.of());
        }
        Map<Long, String> paths = new HashMap<>();
        units.forEach(u -> paths.put(u.id(), u.path()));
        return new Asked(period, asked, paths, period.closed() ? List.of() : queries.bands());
    }

    private IndicatorReportView frozen(Asked asked) {
        IndicatorSnapshot snapshot = snapshots.ofClosed(asked.period());
        List<Long> ids = new ArrayList<>();
        asked.units().forEach((root, kids) -> withKids(root, kids).forEach(u -> ids.add(u.id())));
        Map<Long, List<IndicatorValue>> frozen = store.values(snapshot.id(), ids);
        return new IndicatorReportView(
                asked.period(),
                IndicatorReportView.SNAPSHOT,
                snapshot.computedAt(),
                organisations(asked.units(), frozen));
    }

    private static List<ReportUnit> withKids(ReportUnit root, List<ReportUnit> kids) {
        List<ReportUnit> all = new ArrayList<>(List.of(root));
        all.addAll(kids);
        return all;
    }

    private ReportPeriod period(int year, @Nullable String code, LocalDate today) {
        if (code != null && !code.isBlank()) {
            return periods.period(year, code.strip()).orElseThrow(() -> Problems.notFound("Perioden"));
        }
        List<ReportPeriod> ofYear = periods.ofYear(year);
        return ofYear.stream()
                .filter(p -> !p.endsOn().isBefore(today))
                .findFirst()
                .or(() -> ofYear.stream().reduce((a, b) -> b))
                .orElseThrow(() -> Problems.notFound("Perioden"));
    }

    private List<ReportUnit> roots(CurrentUser user, List<ReportUnit> units, @Nullable Long orgUnitId) {
        Scope scope = user.hasRole(Roles.ILS_KLIENT) ? Scope.everything() : scopes.scopeOf(user);
        if (orgUnitId != null) {
            return units.stream()
                    .filter(u -> u.id() == orgUnitId && scope.covers(u.path()))
                    .findFirst()
                    .map(List::of)
                    .orElseThrow(() -> Problems.notFound("Organisationen"));
        }
        if (scope.all()) {
            return units.stream().filter(u -> u.parentId() == null).toList();
        }
        return units.stream().filter(u -> scope.rootPaths().contains(u.path())).toList();
    }

    private static List<IndicatorReportView.Organisation> organisations(
            Map<ReportUnit, List<ReportUnit>> asked, Map<Long, List<IndicatorValue>> values) {
        List<IndicatorReportView.Organisation> out = new ArrayList<>();
        asked.forEach((root, kids) -> {
            out.add(organisation(root, IndicatorReportView.SUBTREE, values));
            kids.forEach(k -> out.add(organisation(k, IndicatorReportView.CHILD, values)));
        });
        return out;
    }

    private static IndicatorReportView.Organisation organisation(
            ReportUnit unit, String breakdown, Map<Long, List<IndicatorValue>> values) {
        return new IndicatorReportView.Organisation(
                unit.id(),
                unit.code(),
                unit.name(),
                breakdown,
                unit.parentId(),
                values.getOrDefault(unit.id(), List.of()));
    }
}
