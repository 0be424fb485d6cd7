package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/** A systemägare links an informationsmängd to an it-tjänst in the browser; others cannot see it. */
@MicronautTest
class ItServiceBrowserIT extends BrowserBackedTest {

    @Test
    void systemagareLinksAnAssetAndSeesItInTheHistory() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "systemagare.social");
        page.click("nav.main-nav >> text=It-tjänster");
        page.waitForSelector("#antal-it-tjanster");
        Browser.assertAccessible(page, "service list");
        page.click("#it-tjanster >> text=Procapita");
        page.waitForSelector("#tjanst-namn");
        assertEquals(
                "Stadens gemensamma it-leverans",
                page.textContent("#tjanst-drift").strip());
        page.fill("#sok", "hemlöshet");
        page.click("#sok-mangd");
        page.waitForURL("**sok=*");
        assertFalse(
                page.textContent("#informationAssetId").contains("Ekonomiskt bistånd"),
                "the search narrows the choices");
        String option = (String) page.evalOnSelector(
                "#informationAssetId",
                "s => [...s.options].find(o => o.text.startsWith('Statistik om hemlöshet')).value");
        page.selectOption("#informationAssetId", option);
        page.click("#koppla");
        page.waitForSelector("#kopplade >> text=Statistik om hemlöshet");
        page.waitForSelector("#historik");
        assertTrue(page.textContent("#historik").contains("Informationsmängd kopplad"), page.textContent("#historik"));
        Browser.assertAccessible(page, "service detail");
        Browser.screenshot(page, "service-detail");

        page.navigate(BASE + "/it-tjanster?tredjeland=true");
        assertFalse(
                page.textContent("#it-tjanster").contains("Enkätverktyg (SaaS)"), "Östermalm is outside Socialnämnden");
        Browser.assertAccessible(page, "third-country view");

        page.navigate(BASE + "/it-tjanster");
        page.click("#ny-it-tjanst");
        page.waitForSelector("#name");
        page.fill("#name", "Molnlagring för utredningar");
        page.selectOption("#hosting", "TREDJELAND");
        page.click("#spara");
        page.waitForSelector("#formular-fel");
        assertTrue(page.textContent("#countries-fel").contains("minst ett land"), page.textContent("#formular-fel"));
        Browser.assertAccessible(page, "service form with errors");
        page.fill("#countries", "us");
        String unit = (String) page.evalOnSelector(
                "#orgUnitId", "s => [...s.options].find(o => o.text.includes('Socialförvaltningen')).value");
        page.selectOption("#orgUnitId", unit);
        page.getByLabel("Farsta stadsdelsnämnd", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.click("#spara");
        page.waitForSelector("#tjanst-namn");
        assertEquals(
                "Farsta stadsdelsnämnd", page.textContent("#tjanst-anvands-av").strip());
        assertEquals(
                "Tredjeland (utanför EU/EES)", page.textContent("#tjanst-drift").strip());

        Page other = browser.newPage();
        Browser.login(other, BASE, "lasare.farsta");
        other.navigate(BASE + "/it-tjanster?q=Procapita");
        assertEquals("Inga träffar", other.textContent("#antal-it-tjanster").strip());
    }
}
