package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/**
 * The riskkarta in Chromium: both heatmaps of the default 4×4 matrix, every cell's count and band in
 * text, links from cells with risks to the filtered risk list, an organisation filter, and axe-core
 * without violations. One Bromma risk is written with SQL (the risk API is not part of this test).
 */
@MicronautTest
class RiskMapBrowserIT extends BrowserBackedTest {

    @Inject
    DataSource dataSource;

    long bromma;

    /** Runs inside the test: the injected DataSource needs the test's connection context. */
    void aRiskInBromma() {
        RiskRows rows = new RiskRows(dataSource);
        bromma = rows.unitId("SDN-BROMMA");
        long risk = rows.risk(
                "Obehörig åtkomst till hemtjänstens journal", "ENH-BROMMA-HEMTJANST", "SDN-BROMMA", 1, "BEDOMD");
        rows.assess(risk, "INNEBOENDE", 3, 3, "MYCKET_HOG");
        rows.assess(risk, "KVARVARANDE", 2, 2, "MEDEL");
    }

    @Test
    void centralSeesBothHeatmapsWithCountsAndBandsInTextAndFiltersByOrganisation() {
        aRiskInBromma();
        Page page = browser.newPage();
        Browser.login(page, BASE, "central");
        page.navigate(BASE + "/risker/karta");
        page.waitForSelector("#karta-inneboende-1");
        assertTrue(page.isVisible("#karta-kvarvarande-1"));
        assertTrue(page.textContent("h1").contains("Riskkarta"));
        String cell = page.textContent("#ruta-inneboende-1-3-3");
        assertTrue(cell.contains("Mycket hög"), cell);
        assertTrue(
                Integer.parseInt(page.textContent("#ruta-inneboende-1-3-3 .heat-count")
                                .strip())
                        >= 1,
                cell);
        assertTrue(page.getAttribute("#ruta-inneboende-1-3-3 a", "href")
                .startsWith("/risker?bedomning=INNEBOENDE&sannolikhet=3&konsekvens=3"));
        assertTrue(page.textContent("#ruta-kvarvarande-1-2-2").contains("Medel"));
        assertTrue(page.textContent("#nivaer-1").contains("Låg"));
        Browser.assertAccessible(page, "riskkarta, whole city");
        Browser.screenshot(page, "riskkarta");

        page.selectOption("#organisation", String.valueOf(bromma));
        page.click("#visa-karta");
        page.waitForURL(url -> url.endsWith("/risker/karta?organisation=" + bromma));
        assertTrue(
                page.textContent("#karta-urval").contains("Bromma stadsdelsnämnd"), page.textContent("#karta-urval"));
        assertEquals(
                "/risker?bedomning=KVARVARANDE&sannolikhet=2&konsekvens=2&organisation=" + bromma,
                page.getAttribute("#ruta-kvarvarande-1-2-2 a", "href"));
        Browser.assertAccessible(page, "riskkarta, Bromma");
    }

    @Test
    void aReaderInFarstaDoesNotSeeBrommasRisk() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "lasare.farsta");
        page.navigate(BASE + "/risker/karta");
        page.waitForSelector("#karta-inneboende-1");
        assertEquals("0", page.textContent("#ruta-inneboende-1-3-3 .heat-count").strip());
        assertEquals(0, page.locator("#ruta-inneboende-1-3-3 a").count(), "no link from an empty cell");
        Browser.assertAccessible(page, "riskkarta, Farsta");
    }
}
