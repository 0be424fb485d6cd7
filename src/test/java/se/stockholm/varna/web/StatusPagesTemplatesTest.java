package se.stockholm.varna.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.thymeleaf.WebContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import se.stockholm.varna.internalcontrol.MissingFollowUp;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.reporting.IndicatorDefinition;
import se.stockholm.varna.reporting.IndicatorReportView;
import se.stockholm.varna.reporting.IndicatorValue;
import se.stockholm.varna.reporting.ReportPeriod;
import se.stockholm.varna.reporting.ReportUnit;
import se.stockholm.varna.risk.RiskHeatmapView;
import se.stockholm.varna.risk.RiskMatrixView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ProblemException;
import se.stockholm.varna.testsupport.Templates;

/**
 * "Organisationens läge" rendered with the application's messages, without a server: every indicator's
 * headline figure formatted as on the comparison page (an undefined share as a dash), links to the
 * comparison and the trend, the unit's residual heatmap through the riskkarta's own fragment, the
 * follow-ups due with the late ones marked; an empty heatmap and nothing due read as such; both languages.
 */
class StatusPagesTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();

    static final ReportUnit BROMMA = new ReportUnit(42, "SDN-BROMMA", "Bromma stadsdelsnämnd", 1L, "/1/42/");

    static final List<IndicatorDefinition> CATALOGUE = List.of(
            definition("IS-01", "Ägare", "Owner", "ANDEL", "HIGHER_IS_BETTER", "SHARE"),
            definition("IS-02", "Beslutad klassning", "Decided classification", "ANDEL", "HIGHER_IS_BETTER", "SHARE"),
            definition("IS-06", "Försenade åtgärder", "Overdue actions", "ANTAL", "LOWER_IS_BETTER", "COUNT"));

    static final ReportPeriod T2 =
            new ReportPeriod(7, 2026, "T2", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31), "OPPEN");
    static final ReportPeriod VB =
            new ReportPeriod(8, 2026, "VB", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "OPPEN");

    static IndicatorDefinition definition(
            String id, String sv, String en, String unit, String direction, String subKey) {
        return new IndicatorDefinition(
                id, sv, en, sv + " (definition)", en + " (definition)", unit, direction, List.of(subKey));
    }

    /** IS-01 half, IS-02 undefined (no informationsmängder to divide by), IS-06 three. */
    static IndicatorReportView report(String source, ReportPeriod period) {
        var bromma = new IndicatorReportView.Organisation(
                42,
                "SDN-BROMMA",
                "Bromma stadsdelsnämnd",
                "SUBTREE",
                1L,
                List.of(
                        new IndicatorValue("IS-01", "SHARE", new BigDecimal("0.5")),
                        new IndicatorValue("IS-02", "SHARE", null),
                        new IndicatorValue("IS-06", "COUNT", new BigDecimal("3"))));
        return new IndicatorReportView(period, source, Instant.parse("2026-11-23T09:30:00Z"), List.of(bromma));
    }

    /** The city's 4×4 steps and bands, every cell of the same band colour pattern as V10 (enough for the page). */
    static RiskMatrixView matrix(long id, String status) {
        List<RiskMatrixView.Step> steps = new ArrayList<>();
        String[] names = {"Osannolik", "Möjlig", "Sannolik", "Mycket sannolik"};
        for (int i = 0; i < names.length; i++) {
            steps.add(new RiskMatrixView.Step(i + 1, names[i], "Vad " + names[i] + " betyder."));
        }
        List<RiskMatrixView.Band> bands = List.of(
                new RiskMatrixView.Band("LAG", "Låg", "#cfe8cf", 1),
                new RiskMatrixView.Band("MEDEL", "Medel", "#fff2b3", 2),
                new RiskMatrixView.Band("HOG", "Hög", "#ffd0a0", 3),
                new RiskMatrixView.Band("MYCKET_HOG", "Mycket hög", "#f4a6a6", 4));
        List<RiskMatrixView.Cell> cells = new ArrayList<>();
        for (int l = 1; l <= 4; l++) {
            for (int c = 1; c <= 4; c++) {
                int value = l * c;
                cells.add(new RiskMatrixView.Cell(
                        l, c, value <= 2 ? "LAG" : value <= 4 ? "MEDEL" : value <= 8 ? "HOG" : "MYCKET_HOG"));
            }
        }
        return new RiskMatrixView(id, 1, "Stadens riskmatris 4×4", 4, 4, status, null, steps, steps, bands, cells);
    }

    static RiskHeatmapView.Grid grid(RiskMatrixView matrix, Map<String, Integer> counts) {
        List<RiskHeatmapView.CellCount> cells = new ArrayList<>();
        for (RiskMatrixView.Step l : matrix.likelihood()) {
            for (RiskMatrixView.Step c : matrix.consequence()) {
                cells.add(new RiskHeatmapView.CellCount(
                        l.step(),
                        c.step(),
                        matrix.band(l.step(), c.step()).orElseThrow(),
                        counts.getOrDefault(l.step() + "-" + c.step(), 0)));
            }
        }
        return new RiskHeatmapView.Grid(matrix, cells);
    }

    static final List<MissingFollowUp> MISSING = List.of(
            new MissingFollowUp(
                    5,
                    42,
                    "Bromma stadsdelsnämnd",
                    2026,
                    "T2",
                    LocalDate.of(2026, 8, 31),
                    11,
                    "Säker utskrift i äldreomsorgen",
                    "Avdelningschef äldreomsorg",
                    true),
            new MissingFollowUp(
                    5,
                    42,
                    "Bromma stadsdelsnämnd",
                    2026,
                    "VB",
                    LocalDate.of(2026, 12, 31),
                    11,
                    "Säker utskrift i äldreomsorgen",
                    "Avdelningschef äldreomsorg",
                    false));

    static Map<String, Object> fullModel() {
        var heatmap = new RiskHeatmapView(
                "KVARVARANDE", 42L, 1, List.of(grid(matrix(1, "PUBLICERAD"), Map.of("2-2", 1, "4-4", 2))));
        return StatusPresenter.model(
                BROMMA,
                List.of(
                        new OrgUnitChoice(42, "Bromma stadsdelsnämnd"),
                        new OrgUnitChoice(43, "\u00a0\u00a0Hemtjänsten")),
                report("LIVE", VB),
                List.of(T2, VB),
                CATALOGUE,
                heatmap,
                MISSING);
    }

    static String render(Map<String, Object> page, String language) {
        Map<String, Object> model = new HashMap<>(page);
        // what LayoutModelProcessor adds on every page
        model.put(
                "me",
                new CurrentUser(
                        "samordnare.bromma", "Sam Bromma", Set.of(Roles.SAMORDNARE), Set.of("SDN-BROMMA"), false));
        model.put("mayRead", true);
        model.put("mayReadAudit", true);
        model.put("mayReadStatus", true);
        model.put("scopeUnits", List.of());
        model.put("navSection", LayoutModelProcessor.section("/oversikt"));
        return ENGINE.process(
                "status", new WebContext(HttpRequest.GET("/oversikt"), Locale.forLanguageTag(language), model));
    }

    static String element(String html, String id, String end) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start > 0, id + " in " + html);
        return html.substring(start, html.indexOf(end, start));
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyIndicatorShowsItsHeadlineFigureAsTheComparisonDoesWithDirectionAndLinks() {
        String html = render(fullModel(), "sv");
        assertFalse(html.contains("??"), "every message resolves: " + html);
        assertTrue(html.contains("<title>Organisationens läge – Värna</title>"), html);
        assertTrue(html.contains("Organisationens läge: Bromma stadsdelsnämnd"));
        assertTrue(html.contains("Indikatorer VB 2026"), html);
        assertTrue(html.contains("Levande värden"));
        assertTrue(html.contains("Beräknat 2026-11-23 10:30 från aktuella uppgifter"), "Stockholm time: " + html);
        String is01 = element(html, "indikator-IS-01", "</tr>");
        assertTrue(is01.contains(">50 %<"), is01);
        assertTrue(is01.contains("Högre är bättre"), is01);
        assertTrue(is01.contains("href=\"/rapporter/trend?indikator=IS-01&amp;organisation=42\""), is01);
        assertTrue(element(html, "indikator-IS-02", "</tr>").contains(">–<"), "an undefined share is a dash");
        String is06 = element(html, "indikator-IS-06", "</tr>");
        assertTrue(is06.contains(">3<") && is06.contains("Lägre är bättre"), is06);
        assertTrue(html.contains("href=\"/rapporter?ar=2026&amp;period=VB&amp;organisation=42\""), html);
        assertTrue(html.contains("<option value=\"VB\" selected=\"selected\">VB</option>"), html);
        assertTrue(html.contains("<option value=\"42\" selected=\"selected\">"), html);
        assertTrue(
                html.contains("<a href=\"/oversikt\" aria-current=\"page\">Läge</a>"),
                "the menu marks the page: " + html);
    }

    @Test
    void theResidualHeatmapIsTheRiskmapsOwnGridLinkingToTheRiskListOfTheUnit() {
        String html = render(fullModel(), "sv");
        String grid = element(html, "karta-kvarvarande-1", "</table>");
        assertTrue(grid.contains("Kvarvarande risk: 3 risker"), grid);
        assertEquals(16, count(grid, "class=\"heat-band\""), "every cell names its band");
        assertEquals(2, count(grid, "<a "), "only cells with risks link");
        assertTrue(
                grid.contains(
                        "href=\"/risker?bedomning=KVARVARANDE&amp;sannolikhet=4&amp;konsekvens=4&amp;organisation=42\""),
                grid);
        assertTrue(html.contains("1 öppen risk saknar kvarvarande bedömning"), html);
        assertTrue(html.contains("href=\"/risker/karta?organisation=42\""), html);
        assertTrue(html.contains("<option value=\"KVARVARANDE\" selected=\"selected\">Kvarvarande risk</option>"));
    }

    @Test
    void theFollowUpsDueLinkToTheirPlanAndPageAndTheLateOnesAreMarked() {
        String html = render(fullModel(), "sv");
        String table = element(html, "saknade-uppfoljningar", "</table>");
        assertTrue(table.contains("Säker utskrift i äldreomsorgen"), table);
        assertTrue(table.contains("href=\"/internkontroll/planer/5\""), table);
        assertTrue(table.contains("href=\"/internkontroll/planer/5/uppfoljning/T2\""), table);
        assertEquals(1, count(table, ">försenad<"), "only T2 has ended");
        assertTrue(element(html, "saknas-11-T2", "</tr>").contains("försenad"));
        assertFalse(element(html, "saknas-11-VB", "</tr>").contains("försenad"));
        assertTrue(html.contains("Uppföljningar att göra i öppna perioder 2026"), html);
        assertTrue(html.contains("href=\"/internkontroll?ar=2026&amp;organisation=42\""), html);
    }

    @Test
    void anEmptyHeatmapAFrozenPeriodAndNothingDueReadAsSuch() {
        var closedT1 = new ReportPeriod(6, 2026, "T1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), "STANGD");
        var empty = new RiskHeatmapView("INNEBOENDE", 42L, 0, List.of(grid(matrix(1, "PUBLICERAD"), Map.of())));
        Map<String, Object> model = StatusPresenter.model(
                BROMMA, List.of(), report("SNAPSHOT", closedT1), List.of(closedT1), CATALOGUE, empty, List.of());
        for (String language : List.of("sv", "en")) {
            String html = render(model, language);
            assertFalse(html.contains("??"), language + ": " + html);
            String grid = element(html, "karta-inneboende-1", "</table>");
            assertEquals(0, count(grid, "<a "), "no links from empty cells");
            assertFalse(html.contains("id=\"saknade-uppfoljningar\""));
            assertTrue(html.contains("id=\"inget-att-gora\""));
            assertFalse(html.contains("id=\"utan-bedomning\""));
            assertTrue(html.contains("<option value=\"42\" selected=\"selected\">Bromma stadsdelsnämnd</option>"));
        }
        String sv = render(model, "sv");
        assertTrue(sv.contains("Frysta värden") && sv.contains("Fryst när perioden stängdes (2026-11-23 10:30)"), sv);
        assertTrue(sv.contains("Inneboende risk: 0 risker"), sv);
        String en = render(model, "en");
        assertTrue(en.contains("Frozen values") && en.contains("Inherent risk: 0 risks"), en);
        assertTrue(en.contains("Every control point in an open period has been followed up."), en);

        var noMatrix = new RiskHeatmapView("KVARVARANDE", 42L, 0, List.of());
        String none = render(
                StatusPresenter.model(
                        BROMMA, List.of(), report("LIVE", VB), List.of(VB), CATALOGUE, noMatrix, List.of()),
                "sv");
        assertTrue(none.contains("id=\"ingen-matris\""), none);
    }

    @Test
    void theEnglishPageResolvesEveryMessage() {
        String html = render(fullModel(), "en");
        assertFalse(html.contains("??"), html);
        assertTrue(html.contains("Organisation status: Bromma stadsdelsnämnd"), html);
        assertTrue(html.contains("Higher is better") && html.contains("Lower is better"));
        assertTrue(html.contains("Owner"), "the indicator's English name");
        assertTrue(html.contains(">late<"));
        assertTrue(html.contains("Residual risk: 3 risks"));
        assertTrue(html.contains("<a href=\"/oversikt\" aria-current=\"page\">Status</a>"), html);
    }

    @Test
    void theStartPageLinksToTheStatusForThoseWhoMayReadIt() {
        Map<String, Object> model = new HashMap<>();
        model.put("loggedIn", true);
        model.put("work", List.of());
        model.put("me", new CurrentUser("samordnare.bromma", "Sam Bromma", Set.of(Roles.SAMORDNARE), Set.of(), false));
        model.put("mayRead", true);
        model.put("mayReadStatus", true);
        model.put("scopeUnits", List.of());
        model.put("navSection", "home");
        String html = ENGINE.process("home", new WebContext(HttpRequest.GET("/"), Locale.forLanguageTag("sv"), model));
        assertTrue(html.contains("<a href=\"/oversikt\" id=\"till-lage\">Organisationens läge</a>"), html);
        model.put("mayReadStatus", false);
        String without =
                ENGINE.process("home", new WebContext(HttpRequest.GET("/"), Locale.forLanguageTag("sv"), model));
        assertFalse(without.contains("/oversikt"), without);
    }

    @Test
    void theCitysRootIsOfferedWhenTheChoicesLeaveItOutAndBadChoicesAreRefused() {
        var city = new ReportUnit(1, "STHLM", "Stockholms stad", null, "/1/");
        List<OrgUnitChoice> choices = StatusPresenter.withUnit(List.of(new OrgUnitChoice(42, "Bromma")), city);
        assertEquals(List.of(1L, 42L), choices.stream().map(OrgUnitChoice::id).toList());
        assertEquals(
                1,
                StatusPresenter.withUnit(List.of(new OrgUnitChoice(42, "Bromma")), BROMMA)
                        .size());

        assertEquals("KVARVARANDE", StatusPresenter.kind(null), "residual by default");
        assertEquals("INNEBOENDE", StatusPresenter.kind(" INNEBOENDE "));
        assertEquals(
                HttpStatus.BAD_REQUEST,
                assertThrows(ProblemException.class, () -> StatusPresenter.kind("NUVARANDE"))
                        .status());
        assertEquals(
                HttpStatus.NOT_FOUND,
                assertThrows(ProblemException.class, () -> StatusPagesController.unit("abc"))
                        .status());
        assertEquals(null, StatusPagesController.unit(" "));
        assertEquals(42L, StatusPagesController.unit("42"));
    }
}
