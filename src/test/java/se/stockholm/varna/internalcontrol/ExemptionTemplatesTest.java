package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.WebContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.testsupport.Templates;

/**
 * The undantag pages rendered with the application's messages and link builder, without a server:
 * every expression evaluates and every message resolves in Swedish and English, each form appears only
 * for the role that may use it and only in the state where it works, and refused input is shown at its
 * field.
 */
class ExemptionTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();
    static final Instant T = Instant.parse("2026-11-10T09:00:00Z");
    static final List<String> LANGUAGES = List.of("sv", "en");
    static final List<String> FORMS =
            List.of("id=\"andra\"", "id=\"skicka-in\"", "id=\"aterkalla\"", "id=\"skicka-tillbaka\"", "id=\"besluta\"");

    static ExemptionView exemption(long id, String status, boolean expired) {
        boolean decided = status.equals("BEVILJAT") || status.equals("AVSLAGET");
        boolean granted = status.equals("BEVILJAT");
        boolean sentBack = status.equals("KOMPLETTERING");
        return new ExemptionView(
                id,
                12,
                "Hemtjänsten Bromma",
                3,
                "Bromma stadsdelsnämnd",
                "Lokal sökmotor för hemtjänstens dokumentation",
                "Riktlinjen: stadsgemensamma it-lösningar ska användas",
                id % 2 == 0 ? "K2-04" : null,
                "En egen sökmotor.\nI stället för stadens gemensamma.",
                "Risk: felaktig behörighet i index. Hanteras med behörighetsstyrning.",
                id % 2 == 0 ? "Införs i januari." : null,
                null,
                LocalDate.of(2027, 6, 30),
                status,
                expired,
                status.equals("UTKAST") ? null : "agare.bromma",
                status.equals("UTKAST") ? null : T,
                sentBack ? "central" : null,
                sentBack ? T : null,
                sentBack ? "Beskriv påverkan på den gemensamma sökplattformen." : null,
                decided ? "undantag" : null,
                decided ? "Ulf Undantag" : null,
                decided ? "undantagsbeslutare" : null,
                decided ? T : null,
                granted ? "Redovisa utfallet till stadsledningskontoret." : null,
                granted ? (expired ? LocalDate.of(2026, 6, 30) : LocalDate.of(2027, 6, 30)) : null,
                status.equals("AVSLAGET") ? "Utredningen saknar konsekvenser för personuppgifter." : null,
                decided ? "{}" : null,
                "agare.bromma",
                T,
                4);
    }

    static String detail(ExemptionView e, String role, String failedForm, Map<String, String> errors, String lang) {
        boolean requester = role.equals("samordnare") || role.equals("informationsagare");
        boolean submitted = e.status().equals("INSKICKAD");
        Map<String, Object> model = new HashMap<>();
        model.put("exemption", e);
        model.put("mayEdit", requester && ExemptionRules.editable(e.status()));
        model.put("mayWithdraw", requester && ExemptionRules.withdrawable(e.status()));
        model.put("maySendBack", submitted && role.equals("central-samordnare"));
        model.put("mayDecide", submitted && role.equals("undantagsbeslutare"));
        model.put("defaultValidUntil", LocalDate.of(2027, 6, 30));
        model.put("failedForm", failedForm);
        model.put("message", errors.isEmpty() ? null : "En eller flera uppgifter är ogiltiga; inget har ändrats.");
        model.put("errors", errors);
        model.put(
                "values",
                failedForm == null
                        ? Map.of()
                        : Map.of("outcome", "AVSLAGET", "reason", "", "comment", "", "version", "4"));
        return render("internalcontrol/exemption", "/undantag/" + e.id(), model, lang);
    }

    static String form(ExemptionView existing, Map<String, String> values, Map<String, String> errors, String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("exemption", existing);
        model.put(
                "units",
                List.of(new OrgUnitChoice(3, "Bromma stadsdelsnämnd"), new OrgUnitChoice(12, "– Hemtjänsten Bromma")));
        model.put("values", values);
        model.put("errors", errors);
        model.put("message", errors.isEmpty() ? null : "En eller flera uppgifter är ogiltiga; inget har ändrats.");
        model.put("maxYears", ExemptionRules.MAX_YEARS);
        return render("internalcontrol/exemption-form", "/undantag/ny", model, lang);
    }

    static String list(List<ExemptionView> items, boolean mayRequest, String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("result", new PageView<>(items, 0, 25, items.size() + 30L));
        model.put("q", "sök");
        model.put("status", "BEVILJAT");
        model.put("organisation", 3L);
        model.put("utgangna", true);
        model.put("statuses", ExemptionRules.STATUSES);
        model.put("units", List.of(new OrgUnitChoice(3, "Bromma stadsdelsnämnd")));
        model.put("mayRequest", mayRequest);
        return render("internalcontrol/exemption-list", "/undantag", model, lang);
    }

    static String render(String template, String path, Map<String, Object> model, String lang) {
        String html =
                ENGINE.process(template, new WebContext(HttpRequest.GET(path), Locale.forLanguageTag(lang), model));
        assertFalse(html.contains("??"), "every message key resolves in " + lang + ": " + template);
        return html;
    }

    @Test
    void theListFlagsExpiredExemptionsAndOffersTheFiltersInBothLanguages() {
        var items = List.of(
                exemption(1, "INSKICKAD", false), exemption(2, "BEVILJAT", true), exemption(3, "AVSLAGET", false));
        for (String lang : LANGUAGES) {
            String html = list(items, true, lang);
            assertTrue(html.contains("id=\"nytt-undantag\""), html);
            assertTrue(html.contains("id=\"utgangna\"") && html.contains("checked=\"checked\""));
            assertTrue(html.contains("href=\"/undantag/2\""));
            assertTrue(html.contains(lang.equals("sv") ? ">utgånget<" : ">expired<"), html);
            assertTrue(html.contains("utgangna=true"), "paging keeps the filter");
        }
        String reader = list(items, false, "sv");
        assertFalse(reader.contains("id=\"nytt-undantag\""), "no request button for a reader");
        assertTrue(count(reader, "class=\"tag attention\"") == 1, "only the expired one is flagged");
    }

    @Test
    void theRequestFormExplainsTheCriteriaAndShowsRefusedFields() {
        for (String lang : LANGUAGES) {
            String html = form(null, Map.of(), Map.of(), lang);
            assertTrue(html.contains("id=\"kriterier\""), html);
            assertTrue(html.contains("action=\"/undantag\""));
            assertTrue(html.contains("id=\"investigation\"") && html.contains("id=\"requestedUntil\""));
            assertFalse(html.contains("name=\"version\""), "a new request has no version");
        }
        String refused = form(
                null,
                Map.of("title", "Egen rubrik", "orgUnitId", "12"),
                Map.of("investigation", ExemptionRules.INVESTIGATION_MISSING),
                "sv");
        assertTrue(refused.contains("id=\"investigation-fel\""), refused);
        assertTrue(refused.contains("aria-describedby=\"investigation-hjalp investigation-fel\""), refused);
        assertTrue(refused.contains("id=\"formular-fel\""));
        assertTrue(refused.contains("href=\"#investigation\""), "the summary links the field");
        assertTrue(refused.contains("value=\"Egen rubrik\""));
        assertTrue(refused.contains("<option value=\"12\" selected=\"selected\">"), refused);
        var draft = exemption(5, "UTKAST", false);
        String edit = form(draft, ExemptionActions.values(draft), Map.of(), "en");
        assertTrue(edit.contains("action=\"/undantag/5/andra\""), edit);
        assertTrue(edit.contains("name=\"version\" value=\"4\""));
        assertTrue(edit.contains("En egen sökmotor.\nI stället för stadens gemensamma.</textarea>"), edit);
    }

    @Test
    void eachFormAppearsOnlyForTheRoleAndStateWhereItWorks() {
        for (String lang : LANGUAGES) {
            String draft = detail(exemption(1, "UTKAST", false), "informationsagare", null, Map.of(), lang);
            assertOnly(draft, "id=\"andra\"", "id=\"skicka-in\"", "id=\"aterkalla\"");
            assertTrue(draft.contains("hx-get=\"/handelselogg/historik/Exemption/1\""), "the history");

            String submittedToRequester = detail(exemption(2, "INSKICKAD", false), "samordnare", null, Map.of(), lang);
            assertOnly(submittedToRequester, "id=\"aterkalla\"");
            String submittedToCentral =
                    detail(exemption(2, "INSKICKAD", false), "central-samordnare", null, Map.of(), lang);
            assertOnly(submittedToCentral, "id=\"skicka-tillbaka\"");
            String submittedToDecider =
                    detail(exemption(2, "INSKICKAD", false), "undantagsbeslutare", null, Map.of(), lang);
            assertOnly(submittedToDecider, "id=\"besluta\"");
            assertTrue(submittedToDecider.contains("id=\"outcome-BEVILJAT\"")
                    && submittedToDecider.contains("value=\"2027-06-30\""));
            assertOnly(detail(exemption(2, "INSKICKAD", false), "granskare", null, Map.of(), lang));

            String sentBack = detail(exemption(3, "KOMPLETTERING", false), "samordnare", null, Map.of(), lang);
            assertOnly(sentBack, "id=\"andra\"", "id=\"skicka-in\"", "id=\"aterkalla\"");
            assertTrue(sentBack.contains("id=\"komplettering\""));

            for (String role : List.of("samordnare", "central-samordnare", "undantagsbeslutare")) {
                String granted = detail(exemption(4, "BEVILJAT", false), role, null, Map.of(), lang);
                assertOnly(granted);
                assertTrue(granted.contains("id=\"giltig-till\">2027-06-30<"), granted);
                assertFalse(granted.contains("id=\"undantag-utganget\""));
            }
            String expired = detail(exemption(4, "BEVILJAT", true), "lasare", null, Map.of(), lang);
            assertTrue(expired.contains("id=\"undantag-utganget\""), expired);
            assertTrue(expired.contains("2026-06-30"));
            String rejected = detail(exemption(6, "AVSLAGET", false), "informationsagare", null, Map.of(), lang);
            assertOnly(rejected);
            assertTrue(rejected.contains("id=\"motivering\""));
            assertOnly(detail(exemption(7, "ATERKALLAD", false), "informationsagare", null, Map.of(), lang));
        }
    }

    @Test
    void aRefusedDecisionKeepsTheChoiceAndNamesTheField() {
        String html = detail(
                exemption(2, "INSKICKAD", false),
                "undantagsbeslutare",
                "besluta",
                Map.of("reason", "Motivera varför undantaget avslås."),
                "sv");
        assertTrue(html.contains("id=\"reason-fel\""), html);
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("id=\"outcome-AVSLAGET\" value=\"AVSLAGET\" checked=\"checked\""), html);
        assertTrue(html.contains("id=\"formular-fel\""));
        String sendBack = detail(
                exemption(2, "INSKICKAD", false),
                "central-samordnare",
                "skicka-tillbaka",
                Map.of("comment", "Skriv vad som ska kompletteras."),
                "en");
        assertTrue(sendBack.contains("id=\"comment-fel\""), sendBack);
    }

    static void assertOnly(String html, String... present) {
        List<String> wanted = List.of(present);
        for (String form : FORMS) {
            if (wanted.contains(form)) {
                assertTrue(html.contains(form), "expected " + form);
            } else {
                assertFalse(html.contains(form), "no dead control " + form);
            }
        }
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
