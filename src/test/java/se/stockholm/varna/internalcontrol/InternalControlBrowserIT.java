package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.Browser;
import se.stockholm.varna.testsupport.BrowserBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/**
 * The year's internkontroll in Chromium: a samordnare builds the plan from the väsentliga risks,
 * fastställer it, and records a T2 follow-up with an avvikelse (refused first without a comment,
 * saved per row with htmx) and a corrective åtgärd.
 */
@MicronautTest
class InternalControlBrowserIT extends BrowserBackedTest {

    @Test
    void aSamordnareBuildsThePlanFromRisksAndFollowsUpT2WithAnAvvikelseAndAnAction() {
        int year = LocalDate.now().getYear();
        String risk = "Delade inloggningar i Farstas hemtjänst";
        significantFarstaRisk(risk);

        Page page = browser.newPage();
        Browser.login(page, BASE, "samordnare.farsta");
        page.navigate(BASE + "/");
        page.waitForSelector("#att-gora");
        assertTrue(
                page.isVisible("#risker-att-granska") && page.isVisible("#saknade-uppfoljningar"),
                "the samordnare's work overview");
        Browser.assertAccessible(page, "start page with the work overview");
        page.click("nav.main-nav >> text=Internkontroll");
        page.waitForSelector("#ny-plan");
        Browser.assertAccessible(page, "internkontroll overview");
        page.fill("#year", String.valueOf(year));
        page.click("#skapa-plan");
        page.waitForSelector("#plan-namn");
        assertEquals("Utkast", page.textContent("#plan-status").strip());
        assertTrue(page.textContent("#kontrollmoment").contains(risk), "pre-filled from the väsentlig risk");
        Browser.assertAccessible(page, "draft plan");

        page.fill("#decidedOn", year + "-01-20");
        page.fill("#decisionReference", "SDN Farsta " + year + " § 12");
        page.click("#faststall-knapp");
        page.waitForSelector("#plan-status >> text=Fastställd");
        assertTrue(page.isVisible("#revidera"), "from now on only a revision changes it");
        Browser.assertAccessible(page, "fastställd plan");

        page.click("#uppfoljning-T2");
        page.waitForSelector("#sammanfattning");
        String row = page.getAttribute("section.follow-up-row", "id");
        String point = row.substring("rad-".length());
        page.check("#resultat-" + point + "-MED_AVVIKELSE");
        page.click("#spara-" + point);
        page.waitForSelector("#kommentar-fel-" + point);
        Browser.assertAccessible(page, "follow-up row with an error");
        page.fill("#kommentar-" + point, "Två medarbetare delade fortfarande inloggning vid stickprovet.");
        page.click("#spara-" + point);
        page.waitForSelector("#sparad-" + point);
        assertTrue(page.textContent("#resultat-" + point).contains("Med avvikelse"));

        page.fill("#atgard-titel-" + point, "Personliga inloggningar för alla i nattpatrullen");
        page.fill("#atgard-ansvarig-" + point, "Enhetschef hemtjänst");
        page.fill("#atgard-datum-" + point, LocalDate.now().plusMonths(2).toString());
        page.click("#planera-" + point);
        page.waitForSelector("#atgarder-" + point);
        assertTrue(page.textContent("#atgarder-" + point).contains("Personliga inloggningar"));
        assertTrue(
                page.textContent("#sammanfattning").contains("1 med avvikelse"), page.textContent("#sammanfattning"));
        Browser.assertAccessible(page, "follow-up with avvikelse and åtgärd");
        Browser.screenshot(page, "internkontroll-uppfoljning");
    }

    private void significantFarstaRisk(String title) {
        String token = Tokens.user("samordnare.farsta");
        var units = (List<?>) api().get("/api/v1/org-units?size=200&q=SDN-FARSTA", Tokens.user("central"))
                .map()
                .get("items");
        Object farsta = units.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> "SDN-FARSTA".equals(u.get("code")))
                .map(u -> u.get("id"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("orgUnitId", farsta);
        body.put("ownerUsername", "agare.farsta");
        body.put("context", "LINJEVERKSAMHET");
        var created = api().post("/api/v1/risks", token, body);
        assertEquals(201, created.status(), created.body());
        var marked = api().put(
                        "/api/v1/risks/" + created.map().get("id") + "/significant",
                        token,
                        Map.of("significant", true, "version", created.map().get("version")));
        assertEquals(200, marked.status(), marked.body());
    }
}
