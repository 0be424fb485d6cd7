package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/**
 * Undantag in Chromium: an informationsägare writes a request (refused first without its utredning
 * och konsekvensbeskrivning) and submits it; the undantagsbeslutare grants it with a valid-until date,
 * and both see BEVILJAT and the date. axe-core finds nothing on the way.
 */
@MicronautTest
class ExemptionBrowserIT extends BrowserBackedTest {

    @Test
    void anInformationsagareSubmitsARequestAndTheUndantagsbeslutareGrantsIt() {
        String until = LocalDate.now().plusMonths(6).toString();
        Page owner = browser.newPage();
        Browser.login(owner, BASE, "agare.bromma");
        owner.click("nav.main-nav >> text=Undantag");
        owner.waitForSelector("#antal-undantag");
        Browser.assertAccessible(owner, "exemption register");
        owner.click("#nytt-undantag");
        owner.waitForSelector("#kriterier");
        Browser.assertAccessible(owner, "exemption request form");

        owner.fill("#title", "Lokal kopia av hemtjänstens scheman");
        String unit = (String) owner.evalOnSelector(
                "#orgUnitId", "s => [...s.options].find(o => o.text.includes('Bromma stadsdelsnämnd')).value");
        owner.selectOption("#orgUnitId", unit);
        owner.fill("#requirementRef", "Riktlinjen: stadens gemensamma it-lösningar ska användas");
        owner.fill("#deviation", "Schemana kopieras till en lokal server under bytet av schemasystem.");
        owner.fill("#requestedUntil", until);
        owner.click("#spara");
        owner.waitForSelector("#investigation-fel");
        assertTrue(owner.textContent("#investigation-fel").contains("konsekvensbeskrivning"));
        assertEquals("Lokal kopia av hemtjänstens scheman", owner.inputValue("#title"), "what was typed is kept");
        Browser.assertAccessible(owner, "exemption form with errors");

        owner.fill(
                "#investigation",
                "Schemana innehåller namn och adresser (personuppgifter, K2). Risk: kopian glöms kvar."
                        + " Åtgärd: kopian raderas när det nya systemet tas i drift.");
        owner.click("#spara");
        owner.waitForSelector("#undantag-namn");
        assertEquals("Utkast", owner.textContent("#undantag-status").strip());
        owner.click("#skicka-in");
        owner.waitForSelector("#undantag-status >> text=Inskickad");
        Browser.assertAccessible(owner, "submitted exemption");
        String url = owner.url();

        Page decider = browser.newPage();
        Browser.login(decider, BASE, "undantag");
        decider.navigate(url);
        decider.waitForSelector("#beslut-formular");
        Browser.assertAccessible(decider, "exemption awaiting a decision");
        decider.check("#outcome-BEVILJAT");
        assertEquals(until, decider.inputValue("#validUntil"), "the requested date is offered");
        decider.fill("#conditions", "Kopian raderas och radering rapporteras till stadsledningskontoret.");
        decider.click("#besluta");
        decider.waitForSelector("#beslut");
        assertEquals("Beviljat", decider.textContent("#undantag-status").strip());
        assertEquals(until, decider.textContent("#giltig-till").strip());
        assertTrue(decider.textContent("#beslut").contains("Ulf Undantag"));
        Browser.assertAccessible(decider, "granted exemption");
        Browser.screenshot(decider, "exemption-granted");

        owner.navigate(url);
        owner.waitForSelector("#beslut");
        assertEquals("Beviljat", owner.textContent("#undantag-status").strip());
        assertEquals(until, owner.textContent("#giltig-till").strip());
        assertEquals(0, owner.locator("#skicka-in").count(), "a decided exemption offers no actions");
        owner.waitForSelector("#historik");
        assertTrue(owner.textContent("#historik").contains("Undantag beviljat"), owner.textContent("#historik"));
    }
}
