package se.stockholm.varna.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;

/**
 * Two people log in through Keycloak's real login page and see different parts of the city; every
 * page they reach passes axe-core with zero violations.
 */
@MicronautTest
class ScopeBrowserIT extends BrowserBackedTest {

    @Test
    void anonymousStartPageOffersLoginAndIsAccessible() {
        Page page = browser.newPage();
        page.navigate(BASE + "/");
        assertEquals("sv", page.getAttribute("html", "lang"));
        assertTrue(page.isVisible("#login"));
        Browser.assertAccessible(page, "start page (anonymous)");
        page.navigate(BASE + "/organisation");
        page.waitForSelector("#username");
        assertTrue(page.url().contains("/realms/varna/"), "a page needing login goes to Keycloak: " + page.url());
    }

    @Test
    void samordnareInBrommaSeesBrommaOnly() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "samordnare.bromma");
        assertTrue(page.textContent("#anvandare").contains("Sam Bromma"));
        assertTrue(page.textContent("#roller").contains("Samordnare"));
        assertTrue(page.textContent("#omfattning").contains("Bromma stadsdelsnämnd"));
        Browser.assertAccessible(page, "start page (logged in)");

        page.click("text=Organisation");
        page.waitForSelector("#org-trad");
        String tree = page.textContent("#org-trad");
        assertTrue(tree.contains("Bromma stadsdelsförvaltning"), tree);
        assertTrue(tree.contains("Hemtjänsten Bromma"), tree);
        assertFalse(tree.contains("Farsta"), tree);
        assertFalse(tree.contains("Socialnämnden"), tree);
        Browser.assertAccessible(page, "organisation tree");
        Browser.screenshot(page, "organisation-bromma");

        page.fill("#q", "Farsta");
        page.waitForSelector("#antal-traffar");
        assertEquals("Inga träffar", page.textContent("#antal-traffar").strip());
        page.fill("#q", "hemtjänst");
        page.waitForFunction(
                "document.querySelector('#antal-traffar') && document.querySelector('#antal-traffar').textContent.includes('En träff')");
        Browser.assertAccessible(page, "organisation search results");

        page.click("#sok-tabell >> text=Hemtjänsten Bromma");
        page.waitForSelector("#enhet-namn");
        assertEquals("Hemtjänsten Bromma", page.textContent("#enhet-namn").strip());
        assertEquals("ENH-BROMMA-HEMTJANST", page.textContent("#enhet-kod").strip());
        Browser.assertAccessible(page, "unit page");

        page.navigate(BASE + "/api-docs");
        assertTrue(page.textContent("main").contains("/api/v1/org-units"));
        Browser.assertAccessible(page, "API page");

        page.click("#logout");
        page.waitForURL(BASE + "/");
        page.waitForSelector("#login");
        page.navigate(BASE + "/organisation");
        page.waitForSelector("#username");
        assertTrue(page.url().contains("/realms/varna/"), "logout also ended the Keycloak session: " + page.url());
    }

    @Test
    void lasareInFarstaSeesFarstaOnlyAndCannotOpenBrommaById() {
        Page bromma = browser.newPage();
        Browser.login(bromma, BASE, "samordnare.bromma");
        bromma.navigate(BASE + "/organisation?q=Hemtj%C3%A4nsten");
        bromma.click("#sok-tabell >> text=Hemtjänsten Bromma");
        bromma.waitForSelector("#enhet-namn");
        String brommaUnitUrl = bromma.url();

        Page page = browser.newPage();
        Browser.login(page, BASE, "lasare.farsta");
        assertTrue(page.textContent("#omfattning").contains("Farsta stadsdelsnämnd"));
        assertTrue(page.textContent("#roller").contains("Läsare"));
        page.navigate(BASE + "/organisation");
        String tree = page.textContent("#org-trad");
        assertTrue(tree.contains("Förskolor Hökarängen"), tree);
        assertFalse(tree.contains("Bromma"), tree);

        var response = page.navigate(brommaUnitUrl);
        assertEquals(404, response.status(), "a guessed id outside the scope is not found");
        assertTrue(page.textContent("h1").contains("Hittades inte"));
        Browser.assertAccessible(page, "error page");
    }

    @Test
    void centralSamordnareFindsInformationWithoutOwnerAcrossTheCity() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "central");
        page.navigate(BASE + "/informationsmangder");
        page.click("#utan-agare");
        page.waitForSelector("h1:has-text('utan informationsägare')");
        assertTrue(page.textContent("#informationsmangder").contains("Diarium för nämndärenden"));
        assertFalse(
                page.textContent("#informationsmangder").contains("Driftdata vattenverk"),
                "assets with an owner are left out");
        Browser.assertAccessible(page, "assets without owner");
    }

    @Test
    void englishIsTheSecondLanguage() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "granskare");
        page.click("text=English");
        page.waitForSelector("html[lang=en]");
        assertTrue(page.textContent("#roller").contains("Reviewer"));
        Browser.assertAccessible(page, "start page in English");
    }

    @Test
    void granskareReadsAndVerifiesTheAuditTrailAndLasareMayNot() {
        Page page = browser.newPage();
        Browser.login(page, BASE, "granskare");
        page.click("nav.main-nav >> text=Händelselogg");
        page.waitForSelector("#antal-handelser");
        Browser.assertAccessible(page, "audit trail");
        page.click("#verifiera");
        page.waitForSelector("#verifiering-resultat");
        assertTrue(
                page.textContent("#verifiering-resultat").contains("obruten"),
                page.textContent("#verifiering-resultat"));
        Browser.assertAccessible(page, "audit verification");

        Page lasare = browser.newPage();
        Browser.login(lasare, BASE, "lasare.farsta");
        assertEquals(0, lasare.locator("nav.main-nav >> text=Händelselogg").count(), "no menu item without the right");
        assertEquals(403, lasare.navigate(BASE + "/handelselogg").status());
    }
}
