package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.stockholm.varna.security.CurrentUser;

/**
 * The reports as other modules' pages read them (the start-of-work dashboard "Organisationens läge"):
 * a thin public facade over the package-private {@link ReportService}, so that the module's internals
 * stay its own. Scope and roles are checked by the service, exactly as for the report pages.
 */
@Singleton
public class ReportReader {

    private final ReportService reports;
    private final Clock clock;

    ReportReader(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** The indicator catalogue IS-01 … IS-10, in its order. */
    public List<IndicatorDefinition> catalogue() {
        return reports.catalogue();
    }

    /** The reporting periods of a year. */
    public List<ReportPeriod> periodsOf(int year) {
        return reports.periodsOf(year);
    }

    /** The unit asked for (default: the first root of the caller's scope); outside the scope is 404. */
    public ReportUnit visibleUnit(CurrentUser user, @Nullable Long orgUnitId) {
        return reports.visibleUnit(user, orgUnitId);
    }

    /** The values of one unit's subtree, without its children (default year and period as the reports). */
    public IndicatorReportView values(
            CurrentUser user, @Nullable Integer year, @Nullable String periodCode, long orgUnitId) {
        return reports.values(user, year, periodCode, orgUnitId, false);
    }

    /**
     * The current open period of the year (default: this year): the first open one that has not ended;
     * null when there is none, and the reports then choose as they always do.
     */
    public @Nullable String currentOpenPeriod(@Nullable Integer year) {
        LocalDate today = LocalDate.now(clock);
        return reports.periodsOf(year == null ? today.getYear() : year).stream()
                .filter(p -> !p.closed() && !p.endsOn().isBefore(today))
                .map(ReportPeriod::code)
                .findFirst()
                .orElse(null);
    }

    /**
     * The headline figure of every indicator for one organisation, formatted as the comparison page
     * formats it (a share in whole percent, a count as a whole number, "–" when undefined): the table's
     * {@code total} row, one cell per column.
     */
    public static ComparisonTable headlines(
            List<IndicatorDefinition> catalogue, IndicatorReportView.Organisation organisation) {
        return ComparisonTable.of(catalogue, organisation, List.of(), null, false);
    }
}
