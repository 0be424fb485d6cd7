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
    }
}
