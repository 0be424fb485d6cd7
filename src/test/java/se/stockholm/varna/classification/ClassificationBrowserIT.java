package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/** The classification wizard in Chromium: an informationsägare classifies and decides; a samordnare sends back. */
@MicronautTest
class ClassificationBrowserIT extends BrowserBackedTest {

    @Test
    void anInformationsagareWalksTheWizardToADecidedClassification() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "agare.social");
        openProcapitasActionPlan(page);
        assertTrue(
                page.textContent("#ofullstandigt-arv").contains("Personakter inom individ- och familjeomsorg"),
                "before the decision the linked service's inheritance is incomplete");
        page.navigate(BASE + "/informationsmangder?q=Personakter");
        page.click("text=Personakter inom individ- och familjeomsorg");
        page.waitForSelector("#klassning-saknas");
        Browser.assertAccessible(page, "asset with classification panel");
        page.click("#starta-klassning");

        for (String aspect : new String[] {"Konfidentialitet", "Riktighet", "Tillgänglighet", "Spårbarhet"}) {
            page.waitForSelector("#steg-rubrik");
            assertTrue(page.textContent("#steg-rubrik").startsWith(aspect), page.textContent("#steg-rubrik"));
            for (Locator question : page.locator("fieldset.question").all()) {
                Locator options = question.locator("input[type=radio]");
                options.nth(Math.min(2, options.count() - 1)).check();
            }
            if ("Konfidentialitet".equals(aspect)) {
                assertEquals(
                        "2",
                        page.textContent("#forslag-niva").strip(),
                        "the proposal follows the answers before saving");
                Browser.assertAccessible(page, "wizard step");
                Browser.screenshot(page, "classification-step");
                page.selectOption("#level", "1");
                page.click("#nasta");
                page.waitForSelector("#formular-fel");
                assertTrue(page.textContent("#level-fel").contains("Motivera"), page.textContent("#formular-fel"));
                Browser.assertAccessible(page, "wizard step with error");
                page.selectOption("#level", "");
            }
            page.click("#nasta");
        }
        page.waitForSelector("#klassning-namn");
        assertEquals("Utkast", page.textContent("#klassning-status").strip());
        assertTrue(page.textContent("#niva-K").startsWith("2"), page.textContent("#niva-K"));
        page.click("#besluta");
        page.waitForSelector("#beslut");
        assertEquals("Beslutad", page.textContent("#klassning-status").strip());
        assertTrue(page.textContent("#oppna-data").contains("inte"), "personal data is never öppna data");
        Browser.assertAccessible(page, "decided classification");
        Browser.screenshot(page, "classification-decided");

        page.click("#beslutsdokument");
        page.waitForSelector("#dok-beslutad");
        assertTrue(page.textContent("#dok-beslutad").contains("agare.social"));
        assertEquals(
                "Personakter inom individ- och familjeomsorg",
                page.textContent("#dok-mangd").strip());
        Browser.assertAccessible(page, "decision document");
        Browser.screenshot(page, "classification-decision-document");
        var download = page.waitForDownload(() -> page.click("#pdf"));
        try {
            byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(pdf.length > 2000, "a real document, " + pdf.length + " bytes");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(page.textContent("#dok-kravlista").contains("K1-01"), "the requirements that follow");

        openProcapitasActionPlan(page);
        assertEquals(0, page.locator("#ofullstandigt-arv").count(), "every processed asset is now classified");
        assertTrue(page.locator("#krav-K").count() > 0, "the handlingsplan lists K requirements");
        Browser.assertAccessible(page, "handlingsplan");
        Browser.screenshotOfWindow(page, "handlingsplan");
    }

    private static void openProcapitasActionPlan(Page page) {
        page.navigate(BASE + "/it-tjanster?q=Procapita");
        page.click("#it-tjanster >> text=Procapita");
        page.click("#handlingsplan");
        page.waitForSelector("#nivaer");
    }

    @Test
    void aSamordnareSendsAClassificationBackWithAComment() {
        Page owner = browser.newPage();
        Browser.login(owner, BASE, "agare.bromma");
        owner.navigate(BASE + "/informationsmangder?q=genomförandeplaner");
        owner.click("text=Hemtjänstens genomförandeplaner");
        owner.waitForSelector("#starta-klassning");
        owner.click("#starta-klassning");
        for (int step = 0; step < 4; step++) {
            owner.waitForSelector("#steg-rubrik");
            for (Locator question : owner.locator("fieldset.question").all()) {
                question.locator("input[type=radio]").nth(1).check();
            }
            owner.click("#nasta");
        }
        owner.waitForSelector("#skicka");
        owner.click("#skicka");
        owner.waitForSelector("#klassning-status");
        assertEquals("Väntar på beslut", owner.textContent("#klassning-status").strip());
        String url = owner.url();

        Page samordnare = browser.newPage();
        Browser.login(samordnare, BASE, "samordnare.bromma");
        samordnare.click("nav.main-nav >> text=Klassning");
        samordnare.waitForSelector("#klassningar");
        Browser.assertAccessible(samordnare, "classification work list");
        samordnare.click("#klassningar >> text=Hemtjänstens genomförandeplaner");
        samordnare.waitForSelector("#returnera");
        samordnare.click("#returnera");
        samordnare.waitForSelector("#formular-fel");
        assertTrue(samordnare.textContent("#comment-fel").contains("kommentar"));
        samordnare.fill("#comment", "Tillgängligheten verkar för låg för hemtjänsten: motivera eller höj.");
        samordnare.click("#returnera");
        samordnare.waitForSelector("#kommentarer");
        assertEquals("Utkast", samordnare.textContent("#klassning-status").strip());

        owner.navigate(url);
        assertTrue(owner.textContent("#kommentarer").contains("Tillgängligheten verkar för låg"));
    }
}
