package se.stockholm.varna.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.WebContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.testsupport.Templates;

/**
 * The report pages without a server: the comparison sorts by an indicator with bars relative to the
 * column's largest figure, shares read as percent, undefined figures as a dash, and the trend draws a
 * line through the closed periods; every message resolves in both languages.
 */
class ReportPagesTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();

    static final List<IndicatorDefinition> CATALOGUE = List.of(
            new IndicatorDefinition(
                    "IS-01",
                    "Ägare",
                    "Owner",
                    "Andel med ägare",
                    "Share with owner",
                    "ANDEL",
                    "HIGHER_IS_BETTER",
                    List.of("SHARE", "WITH_OWNER")),
            new IndicatorDefinition(
                    "IS-06",
                    "Försenade åtgärder",
                    "Overdue actions",
                    "Antal",
                    "Count",
                    "ANTAL",
                    "LOWER_IS_BETTER",
                    List.of("COUNT")));

    static IndicatorReportView.Organisation org(long id, String name, String breakdown, String share, String count) {
        return new IndicatorReportView.Organisation(
                id,
                "C" + id,
                name,
                breakdown,
                breakdown.equals("CHILD") ? 1L : null,
                List.of(
                        new IndicatorValue("IS-01", "SHARE", share == null ? null : new BigDecimal(share)),
                        new IndicatorValue("IS-01", "WITH_OWNER", BigDecimal.TEN),
                        new IndicatorValue("IS-06", "COUNT", new BigDecimal(count))));
    }

    @Test
    void theComparisonSortsByAnIndicatorWithBarsAndPercentages() {
        var total = org(1, "Stockholms stad", "SUBTREE", "0.5", "6");
        var children = List.of(
                org(2, "Bromma", "CHILD", "0.25", "4"),
                org(3, "Farsta", "CHILD", "0.75", "2"),
                org(4, "Kista", "CHILD", null, "0"));
        ComparisonTable table = ComparisonTable.of(CATALOGUE, total, children, "IS-01", true);
        assertEquals(
                List.of("Farsta", "Bromma", "Kista"),
                table.rows().stream().map(ComparisonTable.Row::name).toList(),
                "descending, undefined last");
        assertEquals("75 %", table.rows().get(0).cells().get(0).text());
        assertEquals(100, table.rows().get(0).cells().get(0).bar(), "the largest share fills the bar");
        assertEquals("–", table.rows().get(2).cells().get(0).text());
        assertEquals(67, table.rows().get(1).cells().get(1).bar(), "4 of at most 6 åtgärder");

        for (String language : List.of("sv", "en")) {
            Map<String, Object> model = new HashMap<>();
            model.put("table", table);
            model.put(
                    "period",
                    new ReportPeriod(7, 2026, "T2", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31), "STANGD"));
            model.put("source", "SNAPSHOT");
            model.put("computedAtText", "2026-09-15 10:00");
            model.put(
                    "periods",
                    List.of(new ReportPeriod(
                            7, 2026, "T2", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31), "STANGD")));
            model.put("year", 2026);
            model.put("organisation", 1L);
            model.put("chosen", null);
            model.put("organisationName", "Stockholms stad");
            model.put("units", List.of(new OrgUnitChoice(1, "Stockholms stad")));
            model.put("catalogue", CATALOGUE);
            String html = render("reporting/comparison", model, language);
            assertTrue(html.contains("aria-sort=\"descending\""), html);
            assertTrue(
                    html.contains(
                            "href=\"/rapporter?ar=2026&amp;period=T2&amp;organisation=1&amp;sortera=IS-01&amp;ordning=stigande\""),
                    html);
            assertTrue(html.matches("(?s).*<rect (width=\"100\" height=\"6\"|height=\"6\" width=\"100\")>.*"), html);
            assertTrue(html.contains("href=\"/rapporter/trend?indikator=IS-06&amp;organisation=1\""));
            assertFalse(html.contains("??"), "every message resolves in " + language);
        }
    }

    @Test
    void aFigurePerBandHasTheirSumAsHeadline() {
        var bands = new IndicatorDefinition(
                "IS-04",
                "Risker per band",
                "Risks per band",
                "d",
                "d",
                "ANTAL",
                "LOWER_IS_BETTER",
                List.of("INNEBOENDE:<band>", "KVARVARANDE:<band>"));
        var org = new IndicatorReportView.Organisation(
                1,
                "C1",
                "Stockholms stad",
                "SUBTREE",
                null,
                List.of(
                        new IndicatorValue("IS-04", "INNEBOENDE:LAG", new BigDecimal("3")),
                        new IndicatorValue("IS-04", "INNEBOENDE:HOG", new BigDecimal("2")),
                        new IndicatorValue("IS-04", "KVARVARANDE:LAG", new BigDecimal("4"))));
        ComparisonTable table = ComparisonTable.of(List.of(bands), org, List.of(), null, true);
        assertEquals("5", table.total().cells().get(0).text(), "the inherent bands summed");
    }

    @Test
    void theTrendDrawsALineThroughTheClosedPeriods() {
        TrendChart chart = TrendChart.of(
                List.of(
                        new TrendPoint(2025, "VB", new BigDecimal("0.5")),
                        new TrendPoint(2026, "T1", new BigDecimal("1")),
                        new TrendPoint(2026, "T2", null)),
                true);
        assertEquals("30,100 300,30", chart.polyline(), "half way up, then the top; an undefined figure leaves a gap");
        Map<String, Object> model = new HashMap<>();
        model.put("definition", CATALOGUE.get(0));
        model.put("organisationName", "Bromma");
        model.put("organisation", 2L);
        model.put("chart", chart);
        for (String language : List.of("sv", "en")) {
            String html = render("reporting/trend", model, language);
            assertTrue(html.contains("points=\"30,100 300,30\""), html);
            assertTrue(html.contains("role=\"img\""));
            assertTrue(html.contains("<td>50 %</td>"), "the table says what the chart shows");
            assertFalse(html.contains("??"));
        }
    }

    static String render(String view, Map<String, Object> model, String language) {
        return ENGINE.process(
                view, new WebContext(HttpRequest.GET("/rapporter"), Locale.forLanguageTag(language), model));
    }
}
