package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/** An informationsägare registers and changes an asset in the browser; a läsare elsewhere cannot find it. */
@MicronautTest
class InventoryBrowserIT extends BrowserBackedTest {

    @Test
    void ownerRegistersChangesAndSeesHistoryWhileOthersCannotFindIt() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "agare.bromma");
        page.click("nav.main-nav >> text=Informationsmängder");
        page.waitForSelector("#antal-informationsmangder");
        Browser.assertAccessible(page, "asset list");

        page.click("#ny-informationsmangd");
        page.waitForSelector("#name");
        page.click("#spara");
        page.waitForSelector("#formular-fel");
        assertTrue(page.textContent("#name-fel").contains("Ange ett namn"), page.textContent("#formular-fel"));
        assertEquals("true", page.getAttribute("#name", "aria-invalid"));
        Browser.assertAccessible(page, "asset form with errors");
        Browser.screenshot(page, "asset-form-errors");

        page.fill("#name", "Loggbok för trygghetslarm");
        page.selectOption(
                "#orgUnitId",
                new com.microsoft.playwright.options.SelectOption()
                        .setLabel("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Hemtjänsten Bromma"));
        page.selectOption("#personalData", "KANSLIGA");
        page.click("#spara");
        page.waitForSelector("#mangd-namn");
        assertEquals(
                "Loggbok för trygghetslarm", page.textContent("#mangd-namn").strip());
        page.waitForSelector("#historik");
        assertTrue(page.textContent("#historik").contains("Registrerad"));
        assertEquals(
                "Känsliga personuppgifter (art. 9 GDPR)",
                page.textContent("#mangd-personuppgifter").strip());
        Browser.assertAccessible(page, "asset detail");
        Browser.screenshot(page, "asset-detail");

        page.click("#andra");
        page.waitForSelector("#name");
        page.fill("#name", "Loggbok för trygghetslarm i Bromma");
        page.click("#spara");
        page.waitForSelector("#historik");
        assertTrue(page.textContent("#historik").contains("Ändrad"), page.textContent("#historik"));

        Page other = browser.newPage();
        Browser.login(other, BASE, "lasare.farsta");
        other.navigate(BASE + "/informationsmangder?q=trygghetslarm");
        assertEquals(
                "Inga träffar", other.textContent("#antal-informationsmangder").strip());
        assertEquals(404, other.navigate(page.url()).status(), "a guessed id outside the scope is not found");
    }
}
