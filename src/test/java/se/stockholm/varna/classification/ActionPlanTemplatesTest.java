package se.stockholm.varna.classification;

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
import se.stockholm.varna.testsupport.Templates;

/**
 * The handlingsplan and upphandlingskrav templates rendered with the application's messages and link
 * builder, without a server: every expression must evaluate, forms appear only for roles that may
 * act, and names of informationsmängder outside the reader's scope never appear.
 */
class ActionPlanTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();

    static final ScaleView SCALE = new ScaleView(
            List.of(
                    new ScaleView.Aspect("K", "Konfidentialitet", "", Map.of()),
                    new ScaleView.Aspect("R", "Riktighet", "", Map.of()),
                    new ScaleView.Aspect("T", "Tillgänglighet", "", Map.of()),
                    new ScaleView.Aspect("S", "Spårbarhet", "", Map.of())),
            List.of(
                    new ScaleView.Level(0, "Ingen eller försumbar skada", true),
                    new ScaleView.Level(1, "Måttlig skada", true),
                    new ScaleView.Level(2, "Betydande skada", true),
                    new ScaleView.Level(3, "Allvarlig skada", true),
                    new ScaleView.Level(4, "Synnerligen allvarlig skada", false)),
            List.of(new ScaleView.HandlingLabel(2, "KANSLIG", "Känslig", "Regler för känslig information.", false)));

    static final ProtectionLevelsView.AssetRef JOURNAL = new ProtectionLevelsView.AssetRef(11L, "Journal", true);
    static final ProtectionLevelsView.AssetRef HIDDEN = new ProtectionLevelsView.AssetRef(null, null, false);

    static ActionPlanView plan(String status) {
        var levels = new ProtectionLevelsView(
                5,
                List.of(
                        new ProtectionLevelsView.Aspect(
                                "K", "Konfidentialitet", 2, JOURNAL, null, 2, "Betydande skada", true),
                        new ProtectionLevelsView.Aspect(
                                "R",
                                "Riktighet",
                                1,
                                HIDDEN,
                                new ProtectionLevelsView.LevelOverride(
                                        2,
                                        "Samlade uppgifter",
                                        "systemagare.social",
                                        Instant.parse("2026-11-23T10:00:00Z")),
                                2,
                                "Betydande skada",
                                true),
                        new ProtectionLevelsView.Aspect(
                                "T", "Tillgänglighet", 4, JOURNAL, null, 4, "Synnerligen", false),
                        new ProtectionLevelsView.Aspect("S", "Spårbarhet", 0, null, null, 0, "Ingen", true)),
                3,
                List.of(HIDDEN, new ProtectionLevelsView.AssetRef(12L, "Schema", true)),
                false,
                true);
        var k1 = new Requirement("K1-01", "K", 1, "FORVALTNING", "5.12", "Ägare utsedda", "Ägare är utsedda.");
        var k2 = new Requirement("K2-01", "K", 2, "IT_SAKERHET", "8.5", "Stark autentisering", "MFA krävs.");
        var r1 = new Requirement("R1-01", "R", 1, "IT_SAKERHET", "8.15", "Loggning", "Ändringar loggas.");
        var decision = new HostingDecisionView(
                1,
                5,
                "GODKAND_MED_VILLKOR",
                "Kryptering med egen nyckel",
                "agare.social",
                "Ali Social",
                "informationsagare",
                Instant.parse("2026-11-20T09:30:00Z"),
                new HostingDecisionView.Snapshot("TREDJELAND", false, List.of("US"), Map.of("K", 2), List.of("INGA")),
                false);
        List<ActionPlanView.Item> items = List.of(
                new ActionPlanView.Item(
                        k1, "UPPFYLLT", null, "systemagare.social", Instant.parse("2026-11-21T08:00:00Z"), 1),
                new ActionPlanView.Item(k2, "DELVIS", "MFA saknas för admin", "systemagare.social", Instant.now(), 3),
                new ActionPlanView.Item(r1, null, null, null, null, 0));
        return new ActionPlanView(
                5,
                "Procapita",
                status,
                levels,
                SCALE.handlingLabel(2),
                new ActionPlanView.HostingStatus(false, true, true, true, decision),
                1,
                items,
                ActionPlanRules.fulfilment(
                        items.stream().map(ActionPlanView.Item::status).toList()));
    }

    static String render(
            ActionPlanView plan, boolean mayAssess, boolean mayDecide, ActionPlanPagesController.Refusal refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("scale", SCALE);
        model.put("service", Map.of("hosting", "TREDJELAND", "countries", List.of("US", "IN")));
        model.put("hostingNames", Map.of("TREDJELAND", "Tredjeland (utanför EU/EES)"));
        model.put("mayAssess", mayAssess);
        model.put("mayDecide", mayDecide);
        model.put("statuses", ActionPlanView.STATUSES);
        model.put("saved", "krav-K1-01");
        model.put("refusal", refusal);
        return ENGINE.process("classification/action-plan", context(model));
    }

    static WebContext context(Map<String, Object> model) {
        return new WebContext(HttpRequest.GET("/it-tjanster/5/handlingsplan"), Locale.forLanguageTag("sv"), model);
    }

    static final ActionPlanPagesController.Refusal NONE =
            new ActionPlanPagesController.Refusal("", Map.of(), "", Map.of());

    @Test
    void aSystemagareSeesTheLevelsTheAssessmentFormsAndNoDecisionForm() {
        String html = render(plan("AKTIV"), true, false, NONE);
        assertTrue(html.contains("Skyddsnivåer och handlingsplan för Procapita"), html);
        assertTrue(html.contains("id=\"status-K2-01\""));
        assertTrue(html.contains("id=\"kommentar-R1-01\""));
        assertTrue(html.contains("id=\"spara-niva\""));
        assertTrue(html.contains("Samlade uppgifter"));
        assertTrue(html.contains("/it-tjanster/5/upphandlingskrav.csv"));
        assertTrue(html.contains("Uppfyllnadsgrad: 33 %"), "1 of 3: DELVIS and unassessed count 0");
        assertFalse(html.contains("id=\"besluta\""));
        assertTrue(html.contains("informationsmängd utanför din behörighet"));
        assertTrue(html.contains("separat analys krävs"));
        assertTrue(html.contains("Brister (riskkandidater)"));
        assertFalse(html.contains("??"), "every message key resolves");
    }

    @Test
    void aReaderSeesNoFormsAndAnInformationsagareTheDecisionForm() {
        String reader = render(plan("AKTIV"), false, false, NONE);
        assertFalse(reader.contains("<form"), "no dead forms for a reader");
        assertTrue(reader.contains("Beslut krävs"));
        String owner = render(plan("AKTIV"), false, true, NONE);
        assertTrue(owner.contains("id=\"besluta\""));
        assertTrue(owner.contains("Godkänd med villkor"));
    }

    @Test
    void aRefusedAssessmentKeepsTheTypedValuesAndNamesTheField() {
        var refusal = new ActionPlanPagesController.Refusal(
                "krav-R1-01",
                Map.of("comment", "Motivera varför kravet inte är tillämpligt för it-tjänsten."),
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("code", "R1-01", "status", "EJ_TILLAMPLIGT", "comment", "", "version", "0"));
        String html = render(plan("AKTIV"), true, false, refusal);
        assertTrue(html.contains("id=\"kommentar-R1-01-fel\""), html);
        assertTrue(html.contains("aria-invalid=\"true\""));
        var stale = new ActionPlanPagesController.Refusal(
                "krav-K2-01",
                Map.of(),
                "Någon annan har ändrat uppgiften sedan du läste den. Läs om och försök igen.",
                Map.of("code", "K2-01", "status", "UPPFYLLT", "comment", "Nu finns MFA", "version", "2"));
        String staleHtml = render(plan("AKTIV"), true, false, stale);
        assertTrue(staleHtml.contains("Din kommentar var: Nu finns MFA"), staleHtml);
    }

    @Test
    void refusedDeviationsAndDecisionsShowTheirFieldErrorsNextToTheFields() {
        var level = new ActionPlanPagesController.Refusal(
                "niva",
                Map.of("motivation", "Motivera den avvikande nivån."),
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("aspect", "T", "level", "3", "motivation", ""));
        String html = render(plan("AKTIV"), true, false, level);
        assertTrue(html.contains("id=\"niva-motivering-fel\""), html);
        assertTrue(html.contains("<option value=\"T\" selected=\"selected\">"), html);
        var decision = new ActionPlanPagesController.Refusal(
                "beslut",
                Map.of("conditions", "Ange villkoren för godkännandet."),
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("outcome", "GODKAND_MED_VILLKOR", "text", ""));
        String decided = render(plan("AKTIV"), false, true, decision);
        assertTrue(decided.contains("Ange villkoren för godkännandet."), decided);
        assertTrue(decided.contains("id=\"beslut-text-fel\""));
    }

    @Test
    void aRetiredServiceShowsItsPlanWithoutForms() {
        String html = render(plan("AVVECKLAD"), false, false, NONE);
        assertTrue(html.contains("It-tjänsten är avvecklad"), html);
        assertFalse(html.contains("<form"));
    }

    @Test
    void theProcurementPageListsTheRequirements() {
        var export = new ProcurementRequirements(
                5,
                "Procapita",
                plan("AKTIV").levels(),
                1,
                plan("AKTIV").requirements().stream()
                        .map(ActionPlanView.Item::requirement)
                        .toList(),
                SCALE);
        String html = ENGINE.process(
                "classification/procurement", context(Map.of("export", export, "today", LocalDate.of(2026, 11, 23))));
        assertTrue(html.contains("Upphandlingskrav för Procapita"), html);
        assertTrue(html.contains("K2-01"));
        assertTrue(html.contains("It-säkerhet"));
        assertFalse(html.contains("??"));
    }
}
