package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/**
 * The risk candidates inbox in Chromium. The demo realm has no samordnare for Socialnämnden, so the
 * city-wide central samordnare triages: a gap raised by systemagare.social is dismissed with a
 * motivation (after a refused empty one), and another is turned into a risk.
 */
@MicronautTest
class RiskCandidateBrowserIT extends BrowserBackedTest {

    @Test
    void theCentralSamordnareDismissesOneCandidateWithAMotivationAndTurnsAnotherIntoARisk() {
        RiskCandidateTestData data = new RiskCandidateTestData(api());
        long asset = data.decidedAsset("Riskkandidater i webbläsaren");
        long service = data.service("Riskkandidater webb", "STADENS", List.of(), asset);
        String code = data.firstRequirement(service);
        data.assess(service, code, "EJ_UPPFYLLT", "Ingen rutin för behörighetsgenomgång.", 0);
        String central = Tokens.user("central");
        long id = ((Number) data.candidate(central, service, code).orElseThrow().get("id")).longValue();
        String card = "#kandidat-" + id;

        Page page = browser.newPage();
        Browser.login(page, BASE, "central");
        page.navigate(BASE + "/risker/kandidater");
        page.waitForSelector(card);
        assertTrue(page.textContent(card).contains(code), page.textContent(card));
        assertTrue(page.textContent(card).contains("Ingen rutin för behörighetsgenomgång."));
        Browser.assertAccessible(page, "risk candidates inbox");

        page.click("#avfarda-visa-" + id);
        page.click("#avfarda-" + id);
        page.waitForSelector("#motivering-" + id + "-fel");
        assertEquals("true", page.getAttribute("#motivering-" + id, "aria-invalid"));
        Browser.assertAccessible(page, "risk candidates inbox with a refused dismissal");

        page.fill("#motivering-" + id, "Kompenseras av den årliga behörighetsrevisionen.");
        page.click("#avfarda-" + id);
        page.waitForSelector("#klart");
        assertTrue(page.textContent("#klart").contains("avfärdad"), page.textContent("#klart"));
        assertEquals(0, page.locator(card).count(), "no longer among the new ones");
        page.click("#status-AVFARDAD");
        page.waitForSelector(card);
        assertTrue(page.textContent(card).contains("Kompenseras av den årliga behörighetsrevisionen."));
        Browser.assertAccessible(page, "dismissed risk candidates");

        String other = data.secondRequirement(service);
        data.assess(service, other, "DELVIS", "Loggning saknas för export.", 0);
        long otherId =
                ((Number) data.candidate(central, service, other).orElseThrow().get("id")).longValue();
        page.navigate(BASE + "/risker/kandidater");
        page.waitForSelector("#kandidat-" + otherId);
        page.click("#godta-visa-" + otherId);
        page.fill("#agare-" + otherId, "agare.social");
        page.selectOption("#sammanhang-" + otherId, "LEVERANTOR");
        page.click("#godta-" + otherId);
        page.waitForSelector("#ny-risk");
        assertTrue(
                page.getAttribute("#ny-risk", "href").matches("/risker/\\d+"), page.getAttribute("#ny-risk", "href"));
        Browser.assertAccessible(page, "risk candidates inbox after a triage");

        page.click("#ny-risk");
        page.waitForSelector("#risk-namn");
        String title = page.textContent("#risk-namn").strip();
        page.selectOption("#sannolikhet-INNEBOENDE", "2");
        page.selectOption("#konsekvens-INNEBOENDE", "3");
        page.fill("#motivering-INNEBOENDE", "Exporten kan inte följas upp i efterhand.");
        page.click("#spara-INNEBOENDE");
        page.waitForSelector("#bedomning-INNEBOENDE >> text=Hög");
        page.click("#granska");
        page.waitForSelector("#risk-status >> text=Granskad");
        String riskUrl = page.url();

        Page owner = browser.newPage();
        Browser.login(owner, BASE, "agare.social");
        owner.navigate(riskUrl);
        owner.fill("#rationale", "Loggning av export ingår i nästa version; till dess accepteras risken.");
        owner.click("#acceptera");
        owner.waitForSelector("#acceptanser >> text=Gällande");

        page.navigate(BASE + "/risker/karta");
        String cell = "a[href*='bedomning=INNEBOENDE&sannolikhet=2&konsekvens=3']";
        page.waitForSelector("h1");
        assertTrue(
                page.locator(cell).count() > 0,
                "cell links: "
                        + page.evalOnSelectorAll(
                                "a[href*='bedomning']", "as => as.map(a => a.getAttribute('href')).join(' ')"));
        Browser.assertAccessible(page, "risk map with the accepted risk");
        Browser.screenshot(page, "riskkarta");
        page.locator(cell).first().click();
        page.waitForSelector("#risker");
        assertTrue(page.textContent("#risker").contains(title), "the heatmap's cell lists the accepted risk");
        assertTrue(page.textContent("#risker").contains("Hög"), page.textContent("#risker"));
        Browser.assertAccessible(page, "risk list filtered by a cell");
    }
}
