package se.stockholm.varna.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.internalcontrol.FollowUpService;
import se.stockholm.varna.internalcontrol.MissingFollowUp;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.reporting.IndicatorDefinition;
import se.stockholm.varna.reporting.IndicatorReportView;
import se.stockholm.varna.reporting.ReportPeriod;
import se.stockholm.varna.reporting.ReportReader;
import se.stockholm.varna.reporting.ReportUnit;
import se.stockholm.varna.risk.RiskHeatmapService;
import se.stockholm.varna.risk.RiskHeatmapView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/**
 * Gathers "Organisationens läge" from the modules' own services: the indicator values of the reports,
 * the heatmap of the risk register and the missing follow-ups of internkontroll. Each service checks
 * role and scope again; a unit outside the caller's scope is 404 before anything is computed.
 */
@Singleton
class StatusPresenter {

    /** The heatmap kinds the page offers, the default first (the risk that remains is what to follow up). */
    static final List<String> KINDS = List.of(RiskHeatmapService.RESIDUAL, RiskHeatmapService.INHERENT);

    static final DateTimeFormatter COMPUTED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final ReportReader reports;
    private final RiskHeatmapService heatmaps;
    private final FollowUpService followUps;
    private final OrgUnitService orgUnits;

    StatusPresenter(
            ReportReader reports, RiskHeatmapService heatmaps, FollowUpService followUps, OrgUnitService orgUnits) {
        this.reports = reports;
        this.heatmaps = heatmaps;
        this.followUps = followUps;
        this.orgUnits = orgUnits;
    }

    Map<String, Object> status(
            CurrentUser user,
            @Nullable Long orgUnitId,
            @Nullable Integer year,
            @Nullable String periodCode,
            @Nullable String kind) {
        String heatmapKind = kind(kind);
        ReportUnit unit = reports.visibleUnit(user, orgUnitId);
        String code = periodCode == null || periodCode.isBlank() ? reports.currentOpenPeriod(year) : periodCode;
        IndicatorReportView report = reports.values(user, year, code, unit.id());
        int shownYear = report.period().year();
        return model(
                unit,
                orgUnits.choices(user),
                report,
                reports.periodsOf(shownYear),
                reports.catalogue(),
                heatmaps.heatmap(user, unit.id(), heatmapKind),
                followUps.missing(user, shownYear, unit.id()));
    }

    /** The page's model; also what the template test renders. */
    static Map<String, Object> model(
            ReportUnit unit,
            List<OrgUnitChoice> choices,
            IndicatorReportView report,
            List<ReportPeriod> periods,
            List<IndicatorDefinition> catalogue,
            RiskHeatmapView heatmap,
            List<MissingFollowUp> missing) {
        IndicatorReportView.Organisation values = report.organisations().stream()
                .filter(o -> o.orgUnitId() == unit.id())
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Organisationen"));
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("units", withUnit(choices, unit));
        model.put("year", report.period().year());
        model.put("period", report.period());
        model.put("periods", periods);
        model.put("source", report.source());
        model.put("computedAtText", COMPUTED_AT.format(report.computedAt()));
        model.put("table", ReportReader.headlines(catalogue, values));
        model.put("heatmap", heatmap);
        model.put("kind", heatmap.kind());
        model.put("kinds", KINDS);
        // the rest of a heatmap cell's link to the risk list, as on the riskkarta
        model.put("orgParam", "&organisation=" + unit.id());
        model.put("missing", missing);
        return model;
    }

    /** The unit choices, with the shown unit first when the list leaves it out (the city's root). */
    static List<OrgUnitChoice> withUnit(List<OrgUnitChoice> choices, ReportUnit unit) {
        if (choices.stream().anyMatch(c -> c.id() == unit.id())) {
            return choices;
        }
        List<OrgUnitChoice> out = new ArrayList<>();
        out.add(new OrgUnitChoice(unit.id(), unit.name()));
        out.addAll(choices);
        return out;
    }

    static String kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return RiskHeatmapService.RESIDUAL;
        }
        String checked = kind.strip();
        if (!KINDS.contains(checked)) {
            throw Problems.invalidField("bedomning", "Ange bedömning KVARVARANDE eller INNEBOENDE.");
        }
        return checked;
    }
}
