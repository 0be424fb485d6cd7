package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/** Klassningsmallar, calibration and the handlingsplan's self-assessment in Chromium. */
@MicronautTest
class TemplateBrowserIT extends BrowserBackedTest {

    @Test
    void centralPublishesATemplateAndReadsTheCalibration() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "central");
        page.click("nav.main-nav >> text=Klassningsmallar");
        page.waitForSelector("#mallar");
        assertTrue(page.textContent("#mallar").contains("Journal inom socialtjänsten"));
        Browser.assertAccessible(page, "template list");
        page.click("#mallar >> text=Journal inom socialtjänsten");
        page.waitForSelector("#mall-namn");
        Browser.assertAccessible(page, "template");

        page.navigate(BASE + "/klassning/kalibrering");
        page.waitForSelector("h1");
        assertTrue(
                page.textContent("main").contains("Journal inom socialtjänsten"),
                "the demo classification adopted template 2");
        Browser.assertAccessible(page, "calibration");

        page.navigate(BASE + "/klassning/mallar");
        page.click("#publicera-mall");
        page.waitForSelector("#publicera");
        page.click("#publicera");
        page.waitForSelector("#formular-fel");
        Browser.assertAccessible(page, "template form with errors");
        page.fill("#name", "Elevakt i grundskolan");
        for (Locator group : page.locator("fieldset.choices").all()) {
            Locator options = group.locator("input[type=radio]");
            if (options.count() > 1) {
                options.nth(1).check();
            }
        }
        page.click("#publicera");
        page.waitForSelector("#mall-namn");
        assertEquals("Elevakt i grundskolan", page.textContent("#mall-namn").strip());
    }

    @Test
    void aSamordnareFollowsUpFulfilmentAndSetsTheReviewCadenceOfTheirOrganisation() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "central");
        page.navigate(BASE + "/klassning");
        page.click("#uppfoljning");
        page.waitForSelector("#uppfyllnad");
        assertTrue(page.textContent("#uppfyllnad").contains("Socialnämnden"), page.textContent("#uppfyllnad"));
        Browser.assertAccessible(page, "follow-up");

        Page samordnare = browser.newPage();
        Browser.login(samordnare, BASE, "samordnare.farsta");
        samordnare.navigate(BASE + "/organisation?q=Farsta");
        samordnare.click("#sok-tabell >> text=Farsta stadsdelsnämnd");
        samordnare.waitForSelector("#omprovning-nu");
        assertTrue(samordnare.textContent("#omprovning-nu").contains("12 månader"));
        samordnare.fill("#months", "99");
        samordnare.click("#spara-omprovning");
        samordnare.waitForSelector("#months-fel");
        Browser.assertAccessible(samordnare, "review cadence with an error");
        samordnare.fill("#months", "6");
        samordnare.click("#spara-omprovning");
        samordnare.waitForSelector("#omprovning-nu");
        assertTrue(
                samordnare.textContent("#omprovning-nu").contains("6 månader"),
                samordnare.textContent("#omprovning-nu"));
        Browser.assertAccessible(samordnare, "organisation with review cadence");
    }

    @Test
    void aSystemagareAssessesARequirementOfTheHandlingsplan() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "systemagare.social");
        page.navigate(BASE + "/it-tjanster?q=E-tjänst");
        page.click("#it-tjanster >> text=E-tjänst för ekonomiskt bistånd");
        page.click("#handlingsplan");
        page.waitForSelector("#nivaer");
        Browser.assertAccessible(page, "handlingsplan as systemägare");
        page.selectOption("#status-K1-01", "EJ_UPPFYLLT");
        page.click("#krav-K1-01 button[type=submit]");
        page.waitForSelector("#kommentar-K1-01-fel");
        Browser.assertAccessible(page, "handlingsplan with an assessment error");
        page.selectOption("#status-K1-01", "EJ_UPPFYLLT");
        page.fill("#kommentar-K1-01", "Klassningen är äldre än 24 månader; ny klassning pågår.");
        page.click("#krav-K1-01 button[type=submit]");
        page.waitForSelector("#krav-K1-01 >> text=Ej uppfyllt");
        assertTrue(page.textContent("#brister-lista").contains("K1-01"), "a gap is listed as a risk candidate");

        page.click("#upphandlingskrav-utskrift");
        page.waitForSelector("h1");
        Browser.assertAccessible(page, "upphandlingskrav");
    }
}
