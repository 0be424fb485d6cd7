package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import se.stockholm.varna.risk.RiskActionView;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.testsupport.Templates;

/**
 * The internkontroll pages rendered with the application's messages, without a server: every
 * expression evaluates and every message resolves in both languages, forms appear only for those who
 * may use them, and a refused row shows its messages in that row only.
 */
class InternalControlTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();
    static final Instant T = Instant.parse("2026-09-10T09:00:00Z");

    static ReportingPeriodView period(String code, String status) {
        return new ReportingPeriodView(
                code.hashCode(),
                2026,
                code,
                "Tertialrapport",
                "Report",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 8, 31),
                status,
                null,
                null,
                null,
                2);
    }

    static ControlPointView point(long id) {
        return new ControlPointView(
                id,
                9,
                "Behörighetsgenomgång " + id,
                "Att behörigheter stämmer",
                "Stickprov",
                "TERTIAL",
                "Per tertial",
                "Enhetschef",
                (int) id,
                List.of(new ControlPointView.LinkedRisk(70 + id, "Risk " + id, "BESLUTAD", true)),
                List.of("T2", "VB"),
                1);
    }

    static ControlPlanView plan(String status) {
        return new ControlPlanView(
                9,
                4,
                "Bromma stadsdelsnämnd",
                2026,
                status,
                "UTKAST".equals(status) ? null : LocalDate.of(2026, 1, 20),
                "§ 7",
                0,
                null,
                null,
                "samordnare.bromma",
                T,
                3,
                List.of(point(1), point(2)),
                List.of(period("T1", "STANGD"), period("T2", "OPPEN"), period("VB", "OPPEN")),
                List.of());
    }

    static FollowUpSheet sheet(String status) {
        var action = new RiskActionView(
                5, 71, "Låsbara skåp", null, "Enhetschef", LocalDate.of(2026, 10, 1), "PLANERAD", null, null, false, 0);
        var evidence = new EvidenceView(8, 31, "rond.pdf", "application/pdf", 20480, "ab", "samordnare.bromma", T);
        var deviation = new FollowUpView(
                31,
                1,
                2,
                "T2",
                "MED_AVVIKELSE",
                "Journaler låg framme.",
                null,
                "samordnare.bromma",
                T,
                2,
                List.of(evidence),
                List.of(action));
        return new FollowUpSheet(
                plan(status),
                period("T2", "OPPEN"),
                List.of(new FollowUpSheet.Row(point(1), deviation), new FollowUpSheet.Row(point(2), null)));
    }

    static Map<String, Object> base(boolean owner) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", Map.of());
        model.put("message", null);
        model.put("values", Map.of());
        model.put("mayPlan", owner);
        model.put("mayRecord", owner);
        model.put("isCentral", false);
        return model;
    }

    static String render(String view, Map<String, Object> model, String language) {
        return ENGINE.process(
                view, new WebContext(HttpRequest.GET("/internkontroll"), Locale.forLanguageTag(language), model));
    }

    static String plan(boolean owner, String status, String language) {
        Map<String, Object> model = base(owner);
        ControlPlanView plan = plan(status);
        model.put("plan", plan);
        model.put("failedAction", null);
        model.put("newPoint", Map.of());
        model.put("newPointPeriods", List.of("T1", "T2", "VB"));
        model.put(
                "frequencies",
                List.of(
                        new ControlFrequency("ARLIGEN", "Årligen", "Yearly"),
                        new ControlFrequency("TERTIAL", "Per tertial", "Every four months")));
        model.put("mayEdit", owner && plan.editable());
        model.put("mayRevise", owner && !plan.editable());
        model.put("riskChoices", List.of());
        model.put("today", LocalDate.of(2026, 9, 10));
        return render("internalcontrol/plan", model, language);
    }

    static Map<String, Object> sheetModel(
            boolean recorder, Long failedPoint, Map<String, String> errors, Map<String, String> values) {
        Map<String, Object> model = base(recorder);
        model.put("sheet", sheet("FASTSTALLD"));
        model.put("failedPoint", failedPoint);
        model.put("errors", errors);
        model.put("message", errors.isEmpty() ? null : "Uppgifterna behöver rättas.");
        model.put("values", values);
        model.put("maxMegabytes", 10L);
        return model;
    }

    @Test
    void theOwnerEditsADraftAndRevisesAnAdoptedPlanReadersGetNoForms() {
        for (String language : List.of("sv", "en")) {
            String draft = plan(true, "UTKAST", language);
            assertTrue(draft.contains("id=\"nytt-moment\""), draft);
            assertTrue(draft.contains("id=\"faststall\""));
            assertFalse(draft.contains("id=\"revidera\""), "a draft changes without revision");
            assertFalse(draft.contains("??"), "every message resolves in " + language);
            String adopted = plan(true, "FASTSTALLD", language);
            assertFalse(adopted.contains("id=\"nytt-moment\""), "a fastställd plan takes no new kontrollmoment");
            assertTrue(adopted.contains("id=\"revidera\""));
            assertTrue(
                    adopted.contains("href=\"/internkontroll/planer/9/uppfoljning/T2\""),
                    "the periods' follow-up pages");
            assertFalse(adopted.contains("??"));
        }
        String reader = plan(false, "UTKAST", "sv");
        assertFalse(reader.contains("<form"), "no dead forms for a reader");
        assertTrue(reader.contains("Behörighetsgenomgång 1") && reader.contains("href=\"/risker/71\""));
    }

    @Test
    void theFollowUpPageHasOneFormPerRowAndARefusedRowShowsItsOwnMessages() {
        String html = render("internalcontrol/followup", sheetModel(true, null, Map.of(), Map.of()), "sv");
        assertTrue(html.contains("id=\"form-1\"") && html.contains("id=\"form-2\""), html);
        assertTrue(html.contains("hx-post=\"/internkontroll/planer/9/uppfoljning/T2/1\""));
        assertTrue(html.contains("href=\"/internkontroll/uppfoljningar/31/underlag/8\""), "evidence is downloadable");
        assertTrue(html.contains("id=\"ny-atgard-1\""), "a row with avvikelse plans åtgärder");
        assertFalse(html.contains("id=\"ny-atgard-2\""), "a row without follow-up does not");
        assertTrue(html.contains("Låsbara skåp"));
        assertFalse(html.contains("??"));
        assertFalse(render("internalcontrol/followup", sheetModel(true, null, Map.of(), Map.of()), "en")
                .contains("??"));

        String refused = render(
                "internalcontrol/followup-row",
                withRow(
                        sheetModel(
                                true,
                                2L,
                                Map.of("comment", "Beskriv avvikelsen."),
                                Map.of("result", "MED_AVVIKELSE", "comment", "")),
                        1),
                "sv");
        assertFalse(refused.contains("Beskriv avvikelsen."), "another row's error stays there");
        String own = render(
                "internalcontrol/followup-row",
                withRow(
                        sheetModel(
                                true,
                                2L,
                                Map.of("comment", "Beskriv avvikelsen."),
                                Map.of("result", "MED_AVVIKELSE", "comment", "")),
                        2),
                "sv");
        assertTrue(own.contains("Beskriv avvikelsen."), own);
        assertTrue(
                own.contains("id=\"resultat-2-MED_AVVIKELSE\" value=\"MED_AVVIKELSE\" checked"),
                "what was chosen is kept");
        assertEquals(1, own.split("<section", -1).length - 1, "the row alone, for htmx to swap");

        String reader = render("internalcontrol/followup", sheetModel(false, null, Map.of(), Map.of()), "sv");
        assertFalse(reader.contains("<form"), "no dead forms for a reader");
    }

    @Test
    void theOverviewListsWhatIsDueAndOffersANewPlanToTheSamordnareOnly() {
        for (boolean owner : List.of(true, false)) {
            Map<String, Object> model = base(owner);
            model.put("year", 2026);
            model.put("years", List.of(2026, 2025));
            model.put("organisation", null);
            model.put("units", List.of(new OrgUnitChoice(4, "Bromma stadsdelsnämnd")));
            model.put(
                    "plans",
                    new PageView<>(
                            List.of(new ControlPlanSummary(
                                    9,
                                    4,
                                    "Bromma stadsdelsnämnd",
                                    2026,
                                    "FASTSTALLD",
                                    LocalDate.of(2026, 1, 20),
                                    2,
                                    1,
                                    1,
                                    3)),
                            0,
                            200,
                            1));
            model.put(
                    "missing",
                    List.of(new MissingFollowUp(
                            9,
                            4,
                            "Bromma stadsdelsnämnd",
                            2026,
                            "T1",
                            LocalDate.of(2026, 4, 30),
                            2,
                            "Behörighetsgenomgång 2",
                            "Enhetschef",
                            true)));
            model.put("plannable", owner ? List.of(new OrgUnitChoice(4, "Bromma stadsdelsnämnd")) : List.of());
            model.put("today", LocalDate.of(2026, 9, 10));
            for (String language : List.of("sv", "en")) {
                String html = render("internalcontrol/overview", model, language);
                assertTrue(html.contains("href=\"/internkontroll/planer/9/uppfoljning/T1\""), html);
                assertEquals(owner, html.contains("id=\"ny-plan\""));
                assertFalse(html.contains("??"));
            }
        }
    }

    @Test
    void thePeriodsPageOffersClosingAndConfiguringToTheCentralFunction() {
        Map<String, Object> model = base(false);
        model.put("year", 2026);
        model.put("years", List.of(2026));
        List<ReportingPeriodView> periods =
                List.of(period("T1", "STANGD"), period("T2", "OPPEN"), period("VB", "OPPEN"));
        model.put("periods", periods);
        model.put("periodCodes", List.of("T1", "T2", "VB"));
        model.put("defaultCodes", List.of("T1", "T2", "VB"));
        model.put("mayConfigure", true);
        model.put("mayClose", true);
        String html = render("internalcontrol/periods", model, "sv");
        assertTrue(html.contains("id=\"oppna-T1\"") && html.contains("id=\"stang-T2\""), html);
        assertTrue(html.contains("id=\"kod-T1\" name=\"period.T1\" value=\"on\" checked"));
        assertFalse(html.contains("??"));
        model.put("mayConfigure", false);
        model.put("mayClose", false);
        assertFalse(render("internalcontrol/periods", model, "en").contains("method=\"post\""));
    }

    private static Map<String, Object> withRow(Map<String, Object> model, int index) {
        FollowUpSheet sheet = (FollowUpSheet) model.get("sheet");
        model.put("row", sheet.rows().get(index - 1));
        model.put("saved", false);
        return model;
    }
}
