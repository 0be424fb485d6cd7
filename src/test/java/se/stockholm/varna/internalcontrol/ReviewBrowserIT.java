package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/**
 * Granskningar in Chromium: the granskare registers a review of Bromma and records a finding (after a
 * refused empty one), samordnare.bromma answers it and plans an åtgärd, and the granskare closes it.
 * Every page passes the axe check, also with field errors.
 */
@MicronautTest
class ReviewBrowserIT extends BrowserBackedTest {

    @Test
    void theGranskareRecordsAFindingTheSamordnareAnswersItAndTheGranskareClosesIt() {
        Page granskare = browser.newPage();
        Browser.login(granskare, BASE, "granskare");
        granskare.click("nav.main-nav >> text=Granskningar");
        granskare.waitForSelector("#antal-granskningar");
        assertTrue(granskare
                .textContent("#granskningar")
                .contains("Extern revision av informationssäkerheten i äldreomsorgen 2026"));
        Browser.assertAccessible(granskare, "review list");

        granskare.click("#ny-granskning");
        granskare.waitForSelector("#granskningsformular");
        granskare.click("#spara");
        granskare.waitForSelector("#formular-fel");
        assertEquals("true", granskare.getAttribute("#title", "aria-invalid"));
        Browser.assertAccessible(granskare, "review form with errors");
        granskare.fill("#title", "Granskning av hemtjänstens behörigheter");
        granskare.fill("#scope", "Behörighetstilldelning och uppföljning i hemtjänstens verksamhetssystem.");
        String bromma = (String) granskare.evalOnSelector(
                "#orgUnitId", "s => [...s.options].find(o => o.text.trim() === 'Bromma stadsdelsnämnd').value");
        granskare.selectOption("#orgUnitId", bromma);
        granskare.fill("#auditorName", "Greta Granskare");
        granskare.click("#spara");
        granskare.waitForSelector("#granskning-namn");
        assertEquals("Planerad", granskare.textContent("#granskning-status").strip());
        String url = granskare.url();
        long reviewId = Long.parseLong(url.replaceAll(".*/granskningar/(\\d+).*", "$1"));

        granskare.click("#registrera-iakttagelse");
        granskare.waitForSelector("#ny-title-fel");
        assertEquals("true", granskare.getAttribute("#ny-severity", "aria-invalid"));
        Browser.assertAccessible(granskare, "review with a refused finding");
        granskare.fill("#ny-title", "Konton för slutade medarbetare är aktiva");
        granskare.fill("#ny-observation", "Elva av fyrtio stickprov avsåg konton för medarbetare som slutat.");
        granskare.selectOption("#ny-severity", "HOG");
        String hemtjanst = (String) granskare.evalOnSelector(
                "#ny-orgUnitId", "s => [...s.options].find(o => o.text.includes('Hemtjänsten Bromma')).value");
        granskare.selectOption("#ny-orgUnitId", hemtjanst);
        granskare.check("#ny-raiseRisk");
        granskare.click("#registrera-iakttagelse");
        granskare.waitForSelector("#iakttagelser");
        long findingId = findingOf(reviewId);
        String card = "#iakttagelse-" + findingId;
        assertTrue(granskare.textContent(card).contains("Konton för slutade medarbetare är aktiva"));
        assertEquals("Öppen", granskare.textContent(card + "-status").strip());
        Browser.assertAccessible(granskare, "review with a finding");

        Page samordnare = browser.newPage();
        Browser.login(samordnare, BASE, "samordnare.bromma");
        samordnare.navigate(url);
        samordnare.waitForSelector(card);
        samordnare.click("#svara-visa-" + findingId);
        samordnare.click("#svara-" + findingId);
        samordnare.waitForSelector("#svar-" + findingId + "-fel");
        Browser.assertAccessible(samordnare, "refused answer");
        samordnare.fill("#svar-" + findingId, "Kontona stängs i dag och en rutin för behörighetsgenomgång tas fram.");
        samordnare.click("#svara-" + findingId);
        samordnare.waitForSelector(card + "-svar");
        assertEquals("Besvarad", samordnare.textContent(card + "-status").strip());
        samordnare.click("#atgard-visa-" + findingId);
        samordnare.fill("#atgard-titel-" + findingId, "Rutin för behörighetsgenomgång");
        samordnare.fill("#atgard-ansvarig-" + findingId, "Sam Bromma");
        samordnare.fill("#atgard-datum-" + findingId, "2099-01-31");
        samordnare.click("#planera-" + findingId);
        samordnare.waitForSelector("#atgarder-" + findingId);
        assertTrue(samordnare.textContent("#atgarder-" + findingId).contains("Rutin för behörighetsgenomgång"));
        assertEquals(0, samordnare.locator("#stang-" + findingId).count(), "the organisation does not close");
        Browser.assertAccessible(samordnare, "answered finding with an åtgärd");

        granskare.navigate(url);
        granskare.click("#stang-visa-" + findingId);
        granskare.fill("#stang-kommentar-" + findingId, "Kontrollerat kontolistan och rutinen.");
        granskare.click("#stang-" + findingId);
        granskare.waitForSelector(card + "-status >> text=Stängd");
        Browser.assertAccessible(granskare, "closed finding");
        Browser.screenshot(granskare, "review-finding-closed");
    }

    @SuppressWarnings("unchecked")
    private long findingOf(long reviewId) {
        var findings = api().get("/api/v1/reviews/" + reviewId + "/findings", Tokens.user("granskare"))
                .list();
        return ((Number) ((Map<String, Object>) findings.getFirst()).get("id")).longValue();
    }
}
