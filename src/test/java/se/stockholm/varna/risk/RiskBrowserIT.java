package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/** The risk register in Chromium: identify, assess, review, accept; refused input is shown, not saved. */
@MicronautTest
class RiskBrowserIT extends BrowserBackedTest {

    @Test
    void aRiskIsIdentifiedAssessedReviewedAndAcceptedInTheBrowser() {
        Page owner = browser.newPage();
        Browser.login(owner, BASE, "agare.bromma");
        owner.click("nav.main-nav >> text=Risker");
        owner.waitForSelector("#antal-risker");
        Browser.assertAccessible(owner, "risk register");
        owner.click("#ny-risk");
        owner.waitForSelector("#title");
        owner.click("#spara");
        owner.waitForSelector("#formular-fel");
        Browser.assertAccessible(owner, "risk form with errors");
        owner.fill("#title", "Larmkoder delas i hemtjänstens grupper");
        String unit = (String) owner.evalOnSelector(
                "#orgUnitId", "s => [...s.options].find(o => o.text.includes('Bromma stadsdelsnämnd')).value");
        owner.selectOption("#orgUnitId", unit);
        owner.fill("#ownerUsername", "agare.bromma");
        owner.click("#spara");
        owner.waitForSelector("#risk-namn");
        assertEquals("Identifierad", owner.textContent("#risk-status").strip());

        String asset = (String) owner.evalOnSelector(
                "#mal-mangd",
                "s => [...s.options].find(o => o.text.includes('Hemtjänstens genomförandeplaner')).value");
        owner.selectOption("#mal-mangd", asset);
        owner.click("#koppla-knapp-mangd");
        owner.waitForSelector("#kopplingar >> text=Hemtjänstens genomförandeplaner");
        owner.selectOption("#sannolikhet-INNEBOENDE", "3");
        owner.selectOption("#konsekvens-INNEBOENDE", "2");
        owner.fill("#motivering-INNEBOENDE", "Koderna skickas i sms till hela gruppen.");
        owner.click("#spara-INNEBOENDE");
        owner.waitForSelector("#bedomning-INNEBOENDE >> text=Hög");
        assertEquals("Bedömd", owner.textContent("#risk-status").strip());
        Browser.assertAccessible(owner, "assessed risk");
        String url = owner.url();

        Page samordnare = browser.newPage();
        Browser.login(samordnare, BASE, "samordnare.bromma");
        samordnare.navigate(url);
        samordnare.click("#granska");
        samordnare.waitForSelector("#risk-status >> text=Granskad");

        owner.navigate(url);
        owner.fill("#rationale", "");
        owner.click("#acceptera");
        owner.waitForSelector("#rationale-fel");
        Browser.assertAccessible(owner, "acceptance with an error");
        owner.fill("#rationale", "Ny rutin för koder införs i höst; till dess accepteras risken.");
        owner.click("#acceptera");
        owner.waitForSelector("#acceptanser");
        assertTrue(owner.textContent("#acceptanser").contains("Gällande"), owner.textContent("#acceptanser"));
        assertEquals("Beslutad", owner.textContent("#risk-status").strip());
        Browser.screenshot(owner, "risk-accepted");

        owner.navigate(BASE + "/risker?agare=agare.bromma&niva=HOG");
        owner.waitForSelector("#risker");
        assertTrue(owner.textContent("#risker").contains("Larmkoder delas i hemtjänstens grupper"));
        Browser.assertAccessible(owner, "filtered risk register");
    }
}
