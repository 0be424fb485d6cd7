package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/** A systemägare registers and retires a leverantör in the browser; a läsare elsewhere cannot find it. */
@MicronautTest
class SupplierBrowserIT extends BrowserBackedTest {

    @Test
    void systemagareRegistersASupplierWithAContractAndRetiresItWhileOthersCannotFindIt() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "systemagare.social");
        page.click("nav.main-nav >> text=Leverantörer");
        page.waitForSelector("#antal-leverantorer");
        assertEquals("page", page.getAttribute("nav.main-nav >> text=Leverantörer", "aria-current"));
        Browser.assertAccessible(page, "supplier list");

        page.click("#ny-leverantor");
        page.waitForSelector("#name");
        page.fill("#name", "Journalarkiv Norr AB");
        page.fill("#organisationNumber", "556016-0681");
        String unit = (String) page.evalOnSelector(
                "#orgUnitId", "s => [...s.options].find(o => o.text.includes('Socialförvaltningen')).value");
        page.selectOption("#orgUnitId", unit);
        page.fill("#contractReference0", "SOF 2026/77");
        page.fill("#contractStartsOn0", "2026-01-01");
        page.fill("#contractEndsOn0", "2025-12-31");
        page.click("#spara");
        page.waitForSelector("#formular-fel");
        assertTrue(
                page.textContent("#organisationNumber-fel").contains("kontrollsiffra"),
                page.textContent("#formular-fel"));
        assertEquals("true", page.getAttribute("#organisationNumber", "aria-invalid"));
        assertTrue(page.textContent("#contractEndsOn0-fel").contains("sluta efter"), page.textContent("#formular-fel"));
        assertEquals("SOF 2026/77", page.inputValue("#contractReference0"), "what was typed is kept");
        Browser.assertAccessible(page, "supplier form with errors");
        Browser.screenshot(page, "supplier-form-errors");

        page.fill("#organisationNumber", "556016-0680");
        page.fill("#contractEndsOn0", "2028-12-31");
        page.check("#dpaInPlace");
        page.click("#spara");
        page.waitForSelector("#leverantor-namn");
        String detailUrl = page.url();
        assertEquals(
                "Journalarkiv Norr AB", page.textContent("#leverantor-namn").strip());
        assertEquals("556016-0680", page.textContent("#leverantor-orgnr").strip());
        assertEquals("Ja", page.textContent("#leverantor-pub").strip());
        assertTrue(page.textContent("#avtal").contains("SOF 2026/77"), page.textContent("#avtal"));
        page.waitForSelector("#historik");
        assertTrue(page.textContent("#historik").contains("Registrerad"), page.textContent("#historik"));
        Browser.assertAccessible(page, "supplier detail");
        Browser.screenshot(page, "supplier-detail");

        page.navigate(BASE + "/leverantorer?q=Journalarkiv");
        assertEquals("En träff", page.textContent("#antal-leverantorer").strip(), "the refused attempt saved nothing");
        page.click("#leverantorer >> text=Journalarkiv Norr AB");
        page.waitForSelector("#avveckla");
        page.click("#avveckla");
        page.waitForSelector("#avvecklad");
        assertEquals("Avvecklad", page.textContent("#leverantor-status").strip());
        assertEquals(0, page.locator("#avveckla").count(), "a retired supplier offers no retire button");
        assertEquals(0, page.locator("#andra").count(), "nor an edit button");
        page.waitForSelector("#historik");
        assertTrue(page.textContent("#historik").contains("Avvecklad"), page.textContent("#historik"));
        Browser.assertAccessible(page, "retired supplier");

        page.navigate(BASE + "/leverantorer?q=Journalarkiv");
        assertEquals("Inga träffar", page.textContent("#antal-leverantorer").strip(), "retired ones are not listed");
        page.navigate(BASE + "/leverantorer?q=Journalarkiv&status=AVVECKLAD");
        assertEquals("En träff", page.textContent("#antal-leverantorer").strip());

        Page other = browser.newPage();
        Browser.login(other, BASE, "lasare.farsta");
        other.navigate(BASE + "/leverantorer?q=Journalarkiv&status=ALLA");
        assertEquals("Inga träffar", other.textContent("#antal-leverantorer").strip());
        assertEquals(0, other.locator("#ny-leverantor").count(), "a läsare is offered no register button");
        assertEquals(404, other.navigate(detailUrl).status(), "a guessed id outside the scope is not found");
    }

    @Test
    void theDemoSuppliersShowTheFilterWithoutAgreementAndAContractAboutToEnd() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "systemagare.social");
        page.navigate(BASE + "/leverantorer?utanPubAvtal=true");
        String listed = page.textContent("#leverantorer");
        assertTrue(listed.contains("Tolkförmedling Mälardalen AB"), listed);
        assertFalse(listed.contains("Nordisk Omsorgsdata AB"), "it has a personuppgiftsbiträdesavtal");

        page.navigate(BASE + "/leverantorer?q=Nordisk");
        page.click("#leverantorer >> text=Nordisk Omsorgsdata AB");
        page.waitForSelector("#avtal");
        assertEquals(
                "Löper ut inom 90 dagar",
                page.textContent("#avtal .attention").strip(),
                "the demo contract ends in 60 days");
        page.waitForSelector("#historik");
        Browser.assertAccessible(page, "supplier detail with a contract about to end");
    }
}
