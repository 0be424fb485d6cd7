package se.stockholm.varna.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/**
 * The report pages in Chromium: the central function compares the city's organisations on every
 * indicator, sorts by one, and opens its trend over the closed periods (the demo's closed T1 2026);
 * a samordnare sees only the subtree in scope.
 */
@MicronautTest
class ReportBrowserIT extends BrowserBackedTest {

    @Test
    void theCentralFunctionComparesOrganisationsAndFollowsATrend() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "central");
        page.click("nav.main-nav >> text=Rapporter");
        page.waitForSelector("#jamforelse");
        assertTrue(
                page.textContent("#jamforelse caption").contains("Stockholms stad"),
                page.textContent("#jamforelse caption"));
        assertTrue(page.textContent("#jamforelse").contains("Bromma stadsdelsnämnd"));
        Browser.assertAccessible(page, "report comparison, whole city");

        page.click("#sortera-IS-02");
        page.waitForSelector("th[aria-sort='descending'] #sortera-IS-02");
        Browser.screenshot(page, "rapporter-jamforelse");

        page.selectOption("#period", "T1");
        page.click("#visa-rapport");
        page.waitForSelector("#kalla >> text=Fryst");
        page.click("#trend-IS-01");
        page.waitForSelector("#trenddiagram");
        assertTrue(page.textContent("#trendtabell").contains("T1 2026"), page.textContent("#trendtabell"));
        Browser.assertAccessible(page, "indicator trend");

        Page samordnare = browser.newPage();
        Browser.login(samordnare, BASE, "samordnare.farsta");
        samordnare.navigate(BASE + "/rapporter");
        samordnare.waitForSelector("#jamforelse");
        assertTrue(
                samordnare.textContent("#jamforelse caption").contains("Farsta"),
                samordnare.textContent("#jamforelse caption"));
        assertEquals(false, samordnare.textContent("#jamforelse").contains("Bromma stadsdelsnämnd"), "only the scope");
    }
}
