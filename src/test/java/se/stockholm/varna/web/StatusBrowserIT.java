package se.stockholm.varna.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/**
 * "Organisationens läge" in Chromium: the samordnare of Bromma reaches it from the menu and sees
 * Bromma's indicators, its residual heatmap and the demo's missing T2 follow-up
 * (db/demo/R__demo_8_internal_control.sql), chooses a unit below with the GET form and follows a trend;
 * the informationsägare may read it too; Farsta is not found for Bromma's samordnare, and a läsare
 * has neither the menu item nor the page. Every page passes axe-core.
 */
@MicronautTest
class StatusBrowserIT extends BrowserBackedTest {

    @Inject
    DataSource dataSource;

    /** Runs inside the test: the injected DataSource needs the test's connection context. */
    long unitId(String code) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no org unit " + code);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSamordnareSeesBrommasIndicatorsHeatmapAndTheMissingT2FollowUp() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "samordnare.bromma");
        assertTrue(page.isVisible("#till-lage"), "the start page links to the status");
        page.click("nav.main-nav >> text=Läge");
        page.waitForSelector("#indikatorer");
        assertTrue(page.textContent("h1").contains("Bromma stadsdelsnämnd"), page.textContent("h1"));
        for (int i = 1; i <= 10; i++) {
            String id = String.format("IS-%02d", i);
            assertTrue(page.isVisible("#indikator-" + id), id + " is shown");
        }
        assertTrue(page.textContent("#kalla-typ").contains("Levande"), page.textContent("#kalla"));
        assertTrue(page.getAttribute("#jamfor", "href").startsWith("/rapporter?ar="));

        assertTrue(page.isVisible("#karta-kvarvarande-1"), "the residual heatmap of the current matrix");
        String cell = page.textContent("#ruta-kvarvarande-1-2-2 .heat-count").strip();
        assertTrue(Integer.parseInt(cell) >= 1, "the demo's residual 2×2 risk in Bromma: " + cell);
        long bromma = unitId("SDN-BROMMA");
        assertEquals(
                "/risker?bedomning=KVARVARANDE&sannolikhet=2&konsekvens=2&organisation=" + bromma,
                page.getAttribute("#ruta-kvarvarande-1-2-2 a", "href"));
        assertEquals("/risker/karta?organisation=" + bromma, page.getAttribute("#till-riskkartan", "href"));

        Browser.screenshot(page, "organisationens-lage");
        String due = page.textContent("#saknade-uppfoljningar");
        assertTrue(due.contains("Säker utskrift i äldreomsorgen"), due);
        String t2 = page.textContent("#saknade-uppfoljningar tr:has-text('T2 2026')");
        assertTrue(t2.contains("Säker utskrift i äldreomsorgen"), t2);
        if (LocalDate.now().isAfter(LocalDate.of(2026, 8, 31))) {
            assertTrue(t2.contains("försenad"), "T2 2026 has ended: " + t2);
        }
        Browser.assertAccessible(page, "organisationens läge, Bromma");
        Browser.screenshot(page, "organisationens-lage");

        long hemtjanst = unitId("ENH-BROMMA-HEMTJANST");
        page.selectOption("#orgUnitId", String.valueOf(hemtjanst));
        page.click("#visa-lage");
        page.waitForURL(url -> url.contains("orgUnitId=" + hemtjanst));
        assertTrue(page.textContent("h1").contains("Hemtjänsten Bromma"), page.textContent("h1"));
        Browser.assertAccessible(page, "organisationens läge, a unit below");

        page.click("#trend-IS-01");
        // a chart once a closed period has its snapshot, else the page says there is none yet
        page.waitForSelector("#trenddiagram, #ingen-trend");
        assertTrue(page.url().endsWith("/rapporter/trend?indikator=IS-01&organisation=" + hemtjanst), page.url());
        Browser.assertAccessible(page, "the trend from the status page");
    }

    @Test
    void theInformationsagareMayReadItAndOtherOrganisationsAreNotFound() {
        Page owner = browser.newPage();
        Browser.login(owner, BASE, "agare.bromma");
        owner.click("nav.main-nav >> text=Läge");
        owner.waitForSelector("#indikatorer");
        assertTrue(owner.textContent("h1").contains("Bromma stadsdelsnämnd"), owner.textContent("h1"));
        Browser.assertAccessible(owner, "organisationens läge, informationsägare");

        Page samordnare = browser.newPage();
        Browser.login(samordnare, BASE, "samordnare.bromma");
        var response = samordnare.navigate(BASE + "/oversikt?orgUnitId=" + unitId("SDN-FARSTA"));
        assertEquals(404, response.status(), "Farsta is outside Bromma's scope");
        assertTrue(samordnare.textContent("h1").contains("Hittades inte"), samordnare.textContent("h1"));

        Page reader = browser.newPage();
        Browser.login(reader, BASE, "lasare.farsta");
        assertEquals(0, reader.locator("nav.main-nav >> text=Läge").count(), "no menu item without the role");
        assertEquals(403, reader.navigate(BASE + "/oversikt").status());
    }
}
