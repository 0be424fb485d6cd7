package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.WebContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.testsupport.Templates;

/**
 * The candidates inbox rendered with the application's messages and link builder, without a server:
 * every expression evaluates and every message resolves in both languages, triage forms appear only
 * for those who may triage and only on new candidates, and a refused form shows its field error
 * next to the field, keeping what was typed.
 */
class RiskCandidateTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();
    static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

    static RiskCandidateView candidate(long id, String kind, String status, String state) {
        boolean gap = RiskCandidateCause.GAP.equals(kind);
        boolean decided = !RiskCandidateView.NEW.equals(status) && !RiskCandidateView.OUTDATED.equals(status);
        return new RiskCandidateView(
                id,
                kind,
                status,
                gap ? "Brist mot krav K2-04 Kryptering i vila i Procapita" : "Beslut saknas för Enkätverktyg",
                gap ? "Saknas för backup." : null,
                40,
                "Socialförvaltningen",
                gap ? 12L : 13L,
                gap ? "Procapita" : "Enkätverktyg",
                gap ? "K2-04" : null,
                RiskCandidateCause.assessmentStatus(kind, state),
                RiskCandidateCause.hosting(kind, state),
                RiskCandidateView.RISK.equals(status) ? 77L : null,
                decided ? "central" : null,
                decided ? T : null,
                RiskCandidateView.DISMISSED.equals(status) ? "Kompenseras av avtalskrav." : null,
                T,
                T,
                3);
    }

    static final List<RiskCandidateView> ALL = List.of(
            candidate(1, "HANDLINGSPLAN", "NY", "DELVIS|2"),
            candidate(2, "DRIFTBESLUT", "NY", "TREDJELAND|true|IN,US|2|true"),
            candidate(3, "HANDLINGSPLAN", "AVFARDAD", "EJ_UPPFYLLT|1"),
            candidate(4, "HANDLINGSPLAN", "RISK", "DELVIS|5"),
            candidate(5, "DRIFTBESLUT", "INAKTUELL", "EU_EES|true||0|true"));

    static String render(
            List<RiskCandidateView> items,
            boolean mayTriage,
            RiskCandidatePagesController.Refusal refusal,
            RiskCandidatePagesController.Done done,
            String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("result", new PageView<>(items, 0, 25, items.size()));
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("NY", 2L, "RISK", 1L, "AVFARDAD", 1L, "INAKTUELL", 1L));
        counts.put("ALLA", 5L);
        model.put("counts", counts);
        model.put("tabs", RiskCandidatePagesController.TABS);
        model.put("tab", "ALLA");
        model.put("mayTriage", mayTriage);
        model.put("contexts", RiskCandidatePagesController.CONTEXTS);
        model.put("acceptFields", RiskCandidatePagesController.ACCEPT_FIELDS);
        model.put("defaultOwner", "agare.social");
        model.put("hostingNames", Map.of("TREDJELAND", "Tredjeland (utanför EU/EES)"));
        model.put("refusal", refusal);
        model.put("done", done);
        return ENGINE.process(
                "risk/candidates",
                new WebContext(HttpRequest.GET("/risker/kandidater"), Locale.forLanguageTag(language), model));
    }

    static String render(boolean mayTriage, RiskCandidatePagesController.Refusal refusal) {
        return render(ALL, mayTriage, refusal, RiskCandidatePagesController.Done.NOTHING, "sv");
    }

    @Test
    void aTriagerSeesBothFormsOnNewCandidatesOnly() {
        String html = render(true, RiskCandidatePagesController.Refusal.NONE);
        for (long id : List.of(1L, 2L)) {
            assertTrue(html.contains("id=\"motivering-" + id + "\""), html);
            assertTrue(html.contains("id=\"agare-" + id + "\""));
            assertTrue(html.contains("action=\"/risker/kandidater/" + id + "/avfarda\""));
            assertTrue(html.contains("action=\"/risker/kandidater/" + id + "/godta\""));
        }
        for (long id : List.of(3L, 4L, 5L)) {
            assertFalse(html.contains("id=\"motivering-" + id + "\""), "no triage of a handled candidate " + id);
        }
        assertTrue(html.contains("value=\"agare.social\""), "an informationsägare is the default owner");
        assertTrue(html.contains("value=\"Brist mot krav K2-04 Kryptering i vila i Procapita\""), "the default title");
        assertFalse(html.contains("<details class=\"triage\" open"), "forms stay folded");
        assertFalse(html.contains("??"), "every message key resolves");
    }

    @Test
    void aReaderSeesTheCausesAndNoForms() {
        String html = render(false, RiskCandidatePagesController.Refusal.NONE);
        assertFalse(html.contains("<form"), "no dead forms for a reader");
        assertTrue(html.contains("href=\"/it-tjanster/12/handlingsplan#krav-K2-04\""), html);
        assertTrue(html.contains("Delvis uppfyllt"));
        assertTrue(html.contains("Saknas för backup."));
        assertTrue(html.contains("Tredjeland (utanför EU/EES)"));
        assertTrue(html.contains("länder: IN, US"));
        assertTrue(html.contains("Kompenseras av avtalskrav."));
        assertTrue(html.contains("href=\"/risker/77\""), "an accepted candidate links its risk");
        assertTrue(html.contains("Orsaken försvann"));
        assertTrue(html.contains("Nya (2)") && html.contains("Alla (5)"));
        assertTrue(html.contains("aria-current=\"page\">Alla (5)"), html);
    }

    @Test
    void aRefusedDismissalNamesTheFieldAndOpensItsForm() {
        var refusal = new RiskCandidatePagesController.Refusal(
                "avfarda-1",
                Map.of("motivation", "Motivera varför kandidaten inte är en risk."),
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("motivation", "", "version", "3", "tab", "ALLA"));
        String html = render(true, refusal);
        assertTrue(html.contains("id=\"motivering-1-fel\""), html);
        assertTrue(html.contains("aria-describedby=\"motivering-1-fel\""));
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("id=\"formular-fel\""));
        assertEquals(1, count(html, "<details class=\"triage\" open"), "only the refused form is open");
        assertFalse(html.contains("id=\"motivering-2-fel\""));
    }

    @Test
    void aRefusedAcceptanceKeepsWhatWasTypedAndShowsErrorsWithoutAField() {
        var refusal = new RiskCandidatePagesController.Refusal(
                "godta-2",
                Map.of(
                        "ownerUsername", "Ange riskägaren.",
                        "serviceIds", "Välj bara aktiva it-tjänster som du har tillgång till."),
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("ownerUsername", "", "context", "LEVERANTOR", "title", "Egen rubrik", "version", "3"));
        String html = render(true, refusal);
        assertTrue(html.contains("id=\"agare-2-fel\""), html);
        assertTrue(html.contains("value=\"Egen rubrik\""));
        assertTrue(html.contains("<option value=\"LEVERANTOR\" selected=\"selected\">"), html);
        assertTrue(count(html, "Välj bara aktiva it-tjänster") >= 2, "in the alert and under the form");
        var stale = new RiskCandidatePagesController.Refusal(
                "godta-2",
                Map.of(),
                "Någon annan har ändrat uppgiften sedan du läste den. Läs om och försök igen.",
                Map.of("ownerUsername", "agare.social", "context", "LINJEVERKSAMHET", "title", "", "version", "2"));
        assertEquals(2, count(render(true, stale), "Någon annan har ändrat uppgiften"), "alert and form");
    }

    @Test
    void aDoneTriageIsReportedWithALinkToTheNewRiskAndTheEnglishPageResolvesToo() {
        String html = render(
                List.of(),
                true,
                RiskCandidatePagesController.Refusal.NONE,
                new RiskCandidatePagesController.Done("risk", 77L),
                "sv");
        assertTrue(html.contains("id=\"ny-risk\""));
        assertTrue(html.contains("href=\"/risker/77\""));
        assertTrue(html.contains("Inga kandidater."));
        String english = render(
                ALL, true, RiskCandidatePagesController.Refusal.NONE, RiskCandidatePagesController.Done.NOTHING, "en");
        assertTrue(english.contains("Risk candidates"), english);
        assertFalse(english.contains("??"), "every message key resolves in English");
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
