package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.Problems;

/**
 * The report pages: organisations compared on every indicator for a period (the central function's
 * city-wide view; everyone else within their scope), and one indicator's trend over closed periods.
 * Charts are SVG rendered on the server, so they work without JavaScript.
 */
@Controller("/rapporter")
@AnyPersonRole
class ReportPagesController {

    private final ReportService reports;
    private final OrgUnitService orgUnits;
    private final CurrentUsers users;

    ReportPagesController(ReportService reports, OrgUnitService orgUnits, CurrentUsers users) {
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.users = users;
    }

    @Get
    @View("reporting/comparison")
    Map<String, Object> comparison(
            @Nullable @QueryValue Integer ar,
            @Nullable @QueryValue String period,
            @Nullable @QueryValue Long organisation,
            @Nullable @QueryValue String sortera,
            @Nullable @QueryValue String ordning) {
        CurrentUser user = users.current();
        IndicatorReportView view = reports.values(user, ar, period, organisation, true);
        List<IndicatorDefinition> catalogue = reports.catalogue();
        IndicatorReportView.Organisation total = view.organisations().stream()
                .filter(o -> IndicatorReportView.SUBTREE.equals(o.breakdown()))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Organisationen"));
        List<IndicatorReportView.Organisation> children = view.organisations().stream()
                .filter(o -> IndicatorReportView.CHILD.equals(o.breakdown())
                        && o.parentId() != null
                        && o.parentId() == total.orgUnitId())
                .toList();
        boolean descending = !"stigande".equals(ordning);
        Map<String, Object> model = new HashMap<>();
        model.put("table", ComparisonTable.of(catalogue, total, children, sortera, descending));
        model.put("period", view.period());
        model.put("source", view.source());
        model.put(
                "computedAtText",
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(java.time.ZoneId.of("Europe/Stockholm"))
                        .format(view.computedAt()));
        model.put("periods", reports.periodsOf(view.period().year()));
        model.put("year", view.period().year());
        model.put("organisation", total.orgUnitId());
        model.put("chosen", organisation);
        model.put("organisationName", total.name());
        model.put("units", orgUnits.choices(user));
        model.put("catalogue", catalogue);
        return model;
    }

    @Get("/trend")
    @View("reporting/trend")
    Map<String, Object> trend(@QueryValue String indikator, @Nullable @QueryValue Long organisation) {
        CurrentUser user = users.current();
        ReportUnit unit = reports.visibleUnit(user, organisation);
        IndicatorDefinition definition = reports.catalogue().stream()
                .filter(d -> d.id().equals(indikator))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Indikatorn"));
        List<TrendPoint> points =
                reports.trend(unit.id(), definition.id(), definition.subKeys().get(0));
        Map<String, Object> model = new HashMap<>();
        model.put("definition", definition);
        model.put("organisationName", unit.name());
        model.put("organisation", unit.id());
        model.put("chart", TrendChart.of(points, "ANDEL".equals(definition.unit())));
        return model;
    }
}
