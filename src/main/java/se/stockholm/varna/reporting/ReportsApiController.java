package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneOffset;
import java.util.List;
import se.stockholm.varna.api.model.Indicator;
import se.stockholm.varna.api.model.IndicatorFigure;
import se.stockholm.varna.api.model.IndicatorReport;
import se.stockholm.varna.api.model.IndicatorReportSource;
import se.stockholm.varna.api.model.OrganisationIndicators;
import se.stockholm.varna.api.model.OrganisationIndicatorsBreakdown;
import se.stockholm.varna.api.model.ReportingPeriodStatus;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.Problems;

/**
 * The reports API of openapi/varna.yaml (tag reports), written by hand rather than implementing the
 * generated ReportsApi because one operation answers JSON or CSV by the Accept header. The only
 * endpoints the ils-klient may call.
 */
@Controller
@Secured({
    Roles.ADMIN,
    Roles.CENTRAL_SAMORDNARE,
    Roles.SAMORDNARE,
    Roles.INFORMATIONSAGARE,
    Roles.SYSTEMAGARE,
    Roles.GRANSKARE,
    Roles.UNDANTAGSBESLUTARE,
    Roles.LASARE,
    Roles.ILS_KLIENT
})
class ReportsApiController {

    static final String CSV = "text/csv";
    static final String BREAKDOWN_CHILDREN = "children";

    private final ReportService reports;
    private final CurrentUsers users;

    ReportsApiController(ReportService reports, CurrentUsers users) {
        this.reports = reports;
        this.users = users;
    }

    @Get(
            uri = "/api/v1/reports/indicators",
            produces = {MediaType.APPLICATION_JSON, "application/problem+json"})
    List<Indicator> listIndicators() {
        return reports.catalogue().stream()
                .map(d -> new Indicator(
                        d.id(),
                        d.nameSv(),
                        d.nameEn(),
                        d.definitionSv(),
                        d.definitionEn(),
                        d.unit(),
                        d.direction(),
                        d.subKeys()))
                .toList();
    }

    @Get(
            uri = "/api/v1/reports/values",
            produces = {MediaType.APPLICATION_JSON, CSV, "application/problem+json"})
    HttpResponse<?> getIndicatorValues(
            HttpRequest<?> request,
            @QueryValue("year") @Nullable Integer year,
            @QueryValue("period") @Nullable String period,
            @QueryValue("orgUnitId") @Nullable Long orgUnitId,
            @QueryValue("breakdown") @Nullable String breakdown) {
        if (breakdown != null && !BREAKDOWN_CHILDREN.equals(breakdown)) {
            throw Problems.invalidField("breakdown", "Ange breakdown=children eller inget.");
        }
        IndicatorReportView report = reports.values(users.current(), year, period, orgUnitId, breakdown != null);
        if (wantsCsv(request)) {
            return HttpResponse.ok(ReportCsv.of(report)).contentType(ReportCsv.CONTENT_TYPE);
        }
        return HttpResponse.ok(toApi(report)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** CSV when the client asks for text/csv and does not prefer JSON. */
    static boolean wantsCsv(HttpRequest<?> request) {
        for (MediaType type : request.accept()) {
            String name = type.getName();
            if (name.equals(CSV)) {
                return true;
            }
            if (name.equals(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }

    private static IndicatorReport toApi(IndicatorReportView r) {
        return new IndicatorReport(
                r.period().year(),
                r.period().code(),
                r.period().id(),
                ReportingPeriodStatus.fromValue(r.period().status()),
                IndicatorReportSource.fromValue(r.source()),
                r.computedAt().atZone(ZoneOffset.UTC),
                r.organisations().stream().map(ReportsApiController::toApi).toList());
    }

    private static OrganisationIndicators toApi(IndicatorReportView.Organisation o) {
        return new OrganisationIndicators(
                        o.orgUnitId(),
                        o.code(),
                        o.name(),
                        OrganisationIndicatorsBreakdown.fromValue(o.breakdown()),
                        o.values().stream()
                                .map(v -> new IndicatorFigure(v.indicatorId(), v.subKey())
                                        .value(
                                                v.value() == null
                                                        ? null
                                                        : v.value().doubleValue()))
                                .toList())
                .parentId(o.parentId());
    }
}
