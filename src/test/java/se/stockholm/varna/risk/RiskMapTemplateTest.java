package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.WebContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import se.stockholm.varna.testsupport.Templates;

/**
 * The riskkarta rendered with the application's messages, without a server: every expression
 * evaluates, every cell says its count and band in text, likelihood rows run from the highest step,
 * and only cells with risks link to the filtered risk list.
 */
class RiskMapTemplateTest {

    static final TemplateEngine ENGINE = Templates.engine();

    static RiskMapView map() {
        RiskMatrixView current = MatrixFixture.view(1, MatrixFixture.default4x4());
        var inherent =
                RiskHeatmapView.Grid.of(current, Map.of(RiskHeatmapView.key(3, 3), 2, RiskHeatmapView.key(1, 2), 1));
        var residual = RiskHeatmapView.Grid.of(current, Map.of(RiskHeatmapView.key(2, 2), 1));
        return new RiskMapView(42L, List.of(new RiskMapView.Section(current, inherent, residual)), 1, 2);
    }

    static String render(RiskMapView map, String organisation, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("map", map);
        model.put("units", List.of(new se.stockholm.varna.organisation.OrgUnitChoice(42L, "Bromma stadsdelsnämnd")));
        model.put("organisation", organisation);
        model.put("organisationName", organisation.isEmpty() ? "" : "Bromma stadsdelsnämnd");
        model.put("orgParam", organisation.isEmpty() ? "" : "&organisation=" + organisation);
        model.put("inherent", RiskHeatmapService.INHERENT);
        model.put("residual", RiskHeatmapService.RESIDUAL);
        return ENGINE.process("risk/map", new WebContext(HttpRequest.GET("/risker/karta"), locale, model));
    }

    static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start > 0, id + " in " + html);
        return html.substring(start, html.indexOf("</table>", start));
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
    void bothGridsShowEveryCellsCountAndBandInTextOnTheBandColour() {
        String html = render(map(), "42", Locale.forLanguageTag("sv"));
        assertFalse(html.contains("??"), "every message key resolves");
        assertTrue(html.contains("<title>Riskkarta – Värna</title>"), html);
        String inherent = table(html, "karta-inneboende-1");
        assertTrue(inherent.contains("Inneboende risk: 3 risker"), inherent);
        assertEquals(16, count(inherent, "class=\"heat-band\""), "every cell names its band");
        assertEquals(4, count(inherent, ">Mycket hög<"));
        assertEquals(16, count(inherent, ">Antal risker:<"), "a screen reader hears what the number is");
        assertTrue(inherent.contains("style=\"background-color: #f4a6a6; color: #000000\""), inherent);
        assertTrue(table(html, "karta-kvarvarande-1").contains("Kvarvarande risk: 1 risk"));
        assertTrue(html.contains("2 öppna risker saknar kvarvarande bedömning"), html);
        assertTrue(html.contains("1 öppen risk saknar inneboende bedömning"), html);
        assertTrue(html.contains("Visar risker i Bromma stadsdelsnämnd och enheterna under."));
        assertTrue(html.contains("<option value=\"42\" selected=\"selected\">"), html);
    }

    @Test
    void onlyCellsWithRisksLinkToTheRiskListFilteredToTheCellAndOrganisation() {
        String html = render(map(), "42", Locale.forLanguageTag("sv"));
        String inherent = table(html, "karta-inneboende-1");
        assertEquals(2, count(inherent, "<a "), inherent);
        assertTrue(
                inherent.contains(
                        "href=\"/risker?bedomning=INNEBOENDE&amp;sannolikhet=3&amp;konsekvens=3&amp;organisation=42\""),
                inherent);
        assertTrue(inherent.contains(
                "href=\"/risker?bedomning=INNEBOENDE&amp;sannolikhet=1&amp;konsekvens=2&amp;organisation=42\""));
        String residual = table(html, "karta-kvarvarande-1");
        assertTrue(
                residual.contains(
                        "href=\"/risker?bedomning=KVARVARANDE&amp;sannolikhet=2&amp;konsekvens=2&amp;organisation=42\""),
                residual);
        String all = render(map(), "", Locale.forLanguageTag("sv"));
        assertTrue(all.contains("href=\"/risker?bedomning=INNEBOENDE&amp;sannolikhet=3&amp;konsekvens=3\""), all);
        assertTrue(all.contains("Visar risker i hela din behörighet."));
    }

    @Test
    void likelihoodRowsRunFromTheHighestStepAndHeadersHaveScopes() {
        String inherent = table(render(map(), "", Locale.forLanguageTag("sv")), "karta-inneboende-1");
        assertTrue(inherent.indexOf("Mycket sannolik") < inherent.indexOf("Osannolik"), inherent);
        assertEquals(4, count(inherent, "<th scope=\"row\">"));
        assertEquals(4 + 2, count(inherent, "<th scope=\"col\""), "4 consequence steps, the axis and the corner");
        assertTrue(inherent.contains("<caption>"));
    }

    @Test
    void anOlderMatrixIsMarkedAndTheEnglishPageResolvesEveryMessage() {
        RiskMatrixView five = MatrixFixture.view(2, MatrixFixture.product5x5());
        RiskMatrixView old = new RiskMatrixView(
                five.id(),
                five.versionNo(),
                five.name(),
                five.likelihoodSteps(),
                five.consequenceSteps(),
                "ERSATT",
                null,
                five.likelihood(),
                five.consequence(),
                five.bands(),
                five.cells());
        var grid = RiskHeatmapView.Grid.of(old, Map.of(RiskHeatmapView.key(5, 5), 1));
        var map = new RiskMapView(
                null,
                List.of(
                        map().sections().getFirst(),
                        new RiskMapView.Section(old, grid, RiskHeatmapView.Grid.of(old, null))),
                0,
                0);
        String html = render(map, "", Locale.ENGLISH);
        assertFalse(html.contains("??"), html);
        assertTrue(html.contains("Risks assessed with an earlier version"), html);
        assertEquals(25, count(table(html, "karta-inneboende-2"), "class=\"heat-band\""));
        assertTrue(html.contains("Inherent risk: 1 risk"));
    }
}
