package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.varna.classification.ClassificationTestData.id;
import static se.stockholm.varna.classification.ClassificationTestData.level;
import static se.stockholm.varna.classification.ClassificationTestData.update;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/**
 * Klassningsmallar, calibration, question catalogue versions and review cadence through the API. Each
 * test reads the published catalogue afresh: one of them publishes a new version.
 */
@MicronautTest
class ClassificationTemplateIT extends ServerBackedTest {

    static final String TEMPLATES = "/api/v1/classification-templates";
    static final String CATALOGUES = "/api/v1/question-catalogues";

    final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));
    ClassificationTestData data;
    CatalogueFixture catalogue;
    String central;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void resetClock() {
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @BeforeAll
    void setUp() {
        data = new ClassificationTestData(api());
        catalogue = new CatalogueFixture(api());
        central = Tokens.user("central");
    }

    @Test
    void adoptersOfATemplateAreCalibratedAndADeviationShowsItsMotivationInScope() {
        var answers = catalogue.answers(q -> "T".equals(q.get("aspect")) ? 2 : 1);
        var template = publish("Kalibrering IT", answers, List.of());
        assertEquals("PUBLICERAD", template.get("status"));
        assertEquals(2, level(template, "T", "proposedLevel"));
        assertEquals(2, level(template, "T", "level"));
        long templateId = id(template);

        var refused = api().post(TEMPLATES, Tokens.user("agare.social"), body("Ägarens mall", answers, List.of()));
        assertEquals(403, refused.status(), refused.body());
        var listed = api().get(TEMPLATES + "?status=ALLA", Tokens.user("lasare.farsta"));
        assertEquals(200, listed.status(), "every person role reads templates");
        assertTrue(listed.body().contains("Kalibrering IT"));
        assertFalse(listed.body().contains("Ägarens mall"), "a refused template is not stored");

        String social = Tokens.user("agare.social");
        var socialDraft = start(social, data.asset(social, "FN-SOCIAL", "Kalibrering Social"), templateId);
        assertEquals(templateId, ((Number) socialDraft.get("templateId")).longValue());
        assertEquals(2, level(socialDraft, "T", "level"), "the draft starts with the template's answers and levels");
        decide(social, socialDraft);

        String bromma = Tokens.user("agare.bromma");
        var brommaDraft = start(bromma, data.asset(bromma, "SDN-BROMMA", "Kalibrering Bromma"), templateId);
        String why = "Bromma har reservrutiner på papper och klarar ett längre avbrott.";
        var unmotivated = api().put(
                        path(brommaDraft),
                        bromma,
                        update(
                                list(brommaDraft.get("answers")),
                                List.of(Map.of("aspect", "T", "level", 1)),
                                brommaDraft.get("version")));
        assertEquals(400, unmotivated.status(), "deviating from the template needs a motivation");
        var lowered = api().put(
                        path(brommaDraft),
                        bromma,
                        update(
                                list(brommaDraft.get("answers")),
                                List.of(Map.of("aspect", "T", "level", 1, "motivation", why)),
                                brommaDraft.get("version")));
        assertEquals(200, lowered.status(), lowered.body());
        decide(bromma, lowered.map());

        var city = calibrationOf(central, templateId);
        assertEquals(2, ((Number) city.get("adopters")).intValue());
        assertEquals(true, city.get("flagged"));
        var t = aspect(city, "T");
        assertEquals(true, t.get("flagged"));
        var deviations = list(t.get("deviations"));
        assertEquals(1, deviations.size(), deviations.toString());
        assertEquals("Kalibrering Bromma", deviations.getFirst().get("assetName"));
        assertEquals("Bromma stadsdelsnämnd", deviations.getFirst().get("responsibleOrgName"));
        assertEquals(why, deviations.getFirst().get("motivation"));
        assertEquals(1, ((Number) deviations.getFirst().get("level")).intValue());
        assertEquals(false, aspect(city, "K").get("flagged"));

        var brommaOnly = calibrationOf(Tokens.user("samordnare.bromma"), templateId);
        assertEquals(1, ((Number) brommaOnly.get("adopters")).intValue(), "only adopters in scope");
        assertEquals(
                why, list(aspect(brommaOnly, "T").get("deviations")).getFirst().get("motivation"));
        var all = api().get(TEMPLATES + "/calibration", Tokens.user("samordnare.bromma"));
        assertFalse(all.body().contains("Kalibrering Social"), "nothing outside the scope");
        assertEquals(
                200,
                api().get(TEMPLATES + "/calibration", Tokens.user("granskare")).status());
        for (String other : List.of("lasare.farsta", "agare.social", "admin")) {
            assertEquals(
                    403,
                    api().get(TEMPLATES + "/calibration", Tokens.user(other)).status(),
                    other);
        }
    }

    @Test
    void centralWithdrawsATemplateWithItsVersionAndNoNewClassificationStartsFromIt() {
        var template = publish("Tillbakadragen IT", catalogue.answers(q -> 1), List.of());
        String withdraw = TEMPLATES + "/" + id(template) + "/withdraw";
        Number version = (Number) template.get("version");
        assertEquals(
                403,
                api().post(withdraw, Tokens.user("samordnare.bromma"), Map.of("version", version))
                        .status());
        assertEquals(
                409,
                api().post(withdraw, central, Map.of("version", version.longValue() + 1))
                        .status());
        var withdrawn = api().post(withdraw, central, Map.of("version", version));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("TILLBAKADRAGEN", withdrawn.map().get("status"));
        assertEquals(
                409,
                api().post(withdraw, central, Map.of("version", withdrawn.map().get("version")))
                        .status());
        assertFalse(api().get(TEMPLATES, central).body().contains("Tillbakadragen IT"), "lists show published ones");

        String social = Tokens.user("agare.social");
        var refused = api().post(
                        "/api/v1/information-assets/" + data.asset(social, "FN-SOCIAL", "Från tillbakadragen")
                                + "/classifications",
                        social,
                        Map.of("templateId", id(template)));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"templateId\""), refused.body());
    }

    @Test
    void aTemplateNeedsAllAnswersAMotivatedDeviationAndAUniqueNameOrADecidedClassification() {
        var answers = catalogue.answers(q -> 1);
        var partial =
                api().post(TEMPLATES, central, body("Ofullständig IT", answers.subList(1, answers.size()), List.of()));
        assertEquals(400, partial.status());
        assertTrue(partial.body().contains("\"field\":\"answers\""), partial.body());
        var unmotivated = api().post(
                        TEMPLATES, central, body("Omotiverad IT", answers, List.of(Map.of("aspect", "K", "level", 3))));
        assertEquals(400, unmotivated.status());
        assertTrue(unmotivated.body().contains("\"field\":\"levels.K.motivation\""), unmotivated.body());
        publish("Unik IT", answers, List.of());
        var twice = api().post(TEMPLATES, central, body("Unik IT", answers, List.of()));
        assertEquals(400, twice.status());
        assertTrue(twice.body().contains("\"field\":\"name\""), twice.body());

        String social = Tokens.user("agare.social");
        var draft = start(social, data.asset(social, "FN-SOCIAL", "Mallkälla"), null);
        String why = "Uppgifterna är pseudonymiserade innan de registreras.";
        var saved = api().put(
                        path(draft),
                        social,
                        update(
                                catalogue.answers(q -> 2),
                                List.of(Map.of("aspect", "K", "level", 1, "motivation", why)),
                                draft.get("version")))
                .map();
        Map<String, Object> fromDraft = new HashMap<>();
        fromDraft.put("name", "Från utkast IT");
        fromDraft.put("fromClassificationId", id(draft));
        var notDecided = api().post(TEMPLATES, central, fromDraft);
        assertEquals(400, notDecided.status());
        assertTrue(notDecided.body().contains("\"field\":\"fromClassificationId\""), notDecided.body());
        decide(social, saved);
        fromDraft.put("name", "Från beslut IT");
        var created = api().post(TEMPLATES, central, fromDraft);
        assertEquals(201, created.status(), created.body());
        assertEquals(saved.get("answers"), created.map().get("answers"));
        assertEquals(1, level(created.map(), "K", "level"), "a motivated level is taken over with its motivation");
        assertEquals(2, level(created.map(), "K", "proposedLevel"));
    }

    @Test
    void anAdminPublishesANewCatalogueVersionWhileOldClassificationsKeepTheirs() {
        String social = Tokens.user("agare.social");
        var old = start(social, data.asset(social, "FN-SOCIAL", "Före ny katalog"), null);
        var oldSaved = api().put(path(old), social, update(catalogue.answers(q -> 1), List.of(), old.get("version")))
                .map();
        decide(social, oldSaved);
        int oldVersion = ((Number) oldSaved.get("catalogueVersion")).intValue();

        Map<String, Object> next = catalogue.copyOfPublished("Frågekatalog, ny version IT");
        assertEquals(403, api().post(CATALOGUES, central, next).status(), "only the admin");
        String admin = Tokens.user("admin");
        var draft = api().post(CATALOGUES, admin, next);
        assertEquals(201, draft.status(), draft.body());
        assertEquals("UTKAST", draft.map().get("status"));
        assertEquals(oldVersion + 1, ((Number) draft.map().get("versionNo")).intValue());
        assertEquals(409, api().post(CATALOGUES, admin, next).status(), "one draft at a time");
        var before = start(social, data.asset(social, "FN-SOCIAL", "Under utkastet"), null);
        assertEquals(oldVersion, ((Number) before.get("catalogueVersion")).intValue(), "a draft changes nothing");

        String publish = CATALOGUES + "/" + id(draft.map()) + "/publish";
        Number version = (Number) draft.map().get("version");
        assertEquals(
                403, api().post(publish, central, Map.of("version", version)).status());
        assertEquals(
                409,
                api().post(publish, admin, Map.of("version", version.longValue() + 1))
                        .status());
        var published = api().post(publish, admin, Map.of("version", version));
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLICERAD", published.map().get("status"));
        assertEquals(
                409,
                api().post(publish, admin, Map.of("version", published.map().get("version")))
                        .status());
        assertEquals(
                "ERSATT",
                api().get(CATALOGUES + "/" + oldSaved.get("catalogueId"), central)
                        .map()
                        .get("status"));

        var fresh = start(social, data.asset(social, "FN-SOCIAL", "Efter ny katalog"), null);
        assertEquals(oldVersion + 1, ((Number) fresh.get("catalogueVersion")).intValue());
        assertEquals(
                oldVersion, ((Number) api().get(path(oldSaved), social).map().get("catalogueVersion")).intValue());
        assertEquals(oldVersion, ((Number) api().get(path(before), social).map().get("catalogueVersion")).intValue());
        assertEquals(
                409, api().delete(CATALOGUES + "/" + id(draft.map()), admin).status(), "published: never deleted");
        assertEquals(
                409,
                api().delete(CATALOGUES + "/" + oldSaved.get("catalogueId"), admin)
                        .status());
        var events =
                api().get("/api/v1/audit-events?entityType=QuestionCatalogue&entityId=" + id(draft.map()), central);
        assertTrue(events.body().contains("\"action\":\"CREATED\""), events.body());
        assertTrue(events.body().contains("\"action\":\"PUBLISHED\""), events.body());
    }

    @Test
    void anInvalidCatalogueIsRefusedWithFieldErrorsAndNothingIsStored() {
        String admin = Tokens.user("admin");
        int before = api().get(CATALOGUES, central).list().size();
        Map<String, Object> next = catalogue.copyOfPublished("Felaktig katalog IT");
        CatalogueFixture.withoutNoHarmOption(next, 0);
        var refused = api().post(CATALOGUES, admin, next);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.isProblem());
        assertTrue(refused.body().contains("\"field\":\"questions[0].options\""), refused.body());
        var empty = api().post(CATALOGUES, admin, Map.of());
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("\"field\":\"title\""), empty.body());
        assertTrue(empty.body().contains("\"field\":\"questions\""), empty.body());
        assertEquals(before, api().get(CATALOGUES, central).list().size(), "nothing stored");
    }

    @Test
    void aReviewCadenceSetForBrommaDecidesTheReviewDateOfItsClassifications() {
        long brommaId = data.unitId("SDN-BROMMA");
        String cadence = "/api/v1/org-units/" + brommaId + "/review-cadence";
        var standard = api().get(cadence, central).map();
        assertEquals("STANDARD", standard.get("source"));
        assertEquals(12, ((Number) standard.get("effectiveMonths")).intValue());

        assertEquals(
                403,
                api().put(cadence, Tokens.user("agare.bromma"), Map.of("months", 6))
                        .status());
        assertEquals(
                404,
                api().put(cadence, Tokens.user("samordnare.farsta"), Map.of("months", 6))
                        .status());
        assertEquals(400, api().put(cadence, central, Map.of("months", 0)).status());
        assertEquals(400, api().put(cadence, central, Map.of("months", 61)).status());
        var set = api().put(cadence, central, Map.of("months", 6));
        assertEquals(200, set.status(), set.body());
        assertEquals("EGEN", set.map().get("source"));
        assertEquals(6, ((Number) set.map().get("effectiveMonths")).intValue());

        var below = api().get(
                        "/api/v1/org-units/" + data.unitId("FORV-BROMMA") + "/review-cadence",
                        Tokens.user("lasare.farsta"));
        assertEquals(404, below.status(), "outside the reader's scope");
        var inherited = api().get("/api/v1/org-units/" + data.unitId("FORV-BROMMA") + "/review-cadence", central)
                .map();
        assertEquals("ARVD", inherited.get("source"));
        assertEquals("Bromma stadsdelsnämnd", inherited.get("inheritedFromName"));
        var events = api().get("/api/v1/audit-events?entityType=OrgUnit&entityId=" + brommaId, central);
        assertTrue(events.body().contains("\"action\":\"REVIEW_CADENCE_SET\""), events.body());

        String bromma = Tokens.user("agare.bromma");
        var draft = start(bromma, data.asset(bromma, "SDN-BROMMA", "Omprövning Bromma"), null);
        var saved = api().put(path(draft), bromma, update(catalogue.answers(q -> 1), List.of(), draft.get("version")))
                .map();
        var decided = decide(bromma, saved);
        assertEquals("2026-09-10", decided.get("nextReviewOn"), "six months after the decision");

        var bySamordnare = api().put(cadence, Tokens.user("samordnare.bromma"), Map.of("months", 9));
        assertEquals(200, bySamordnare.status(), "a samordnare sets it in scope");
        assertEquals(9, ((Number) bySamordnare.map().get("months")).intValue());
    }

    private Map<String, Object> publish(
            String name, List<Map<String, Object>> answers, List<Map<String, Object>> levels) {
        var created = api().post(TEMPLATES, central, body(name, answers, levels));
        assertEquals(201, created.status(), created.body());
        return created.map();
    }

    private static Map<String, Object> body(
            String name, List<Map<String, Object>> answers, List<Map<String, Object>> levels) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("description", "Mall skapad av ett test.");
        m.put("answers", answers);
        m.put("levels", levels);
        return m;
    }

    private Map<String, Object> start(String token, long asset, Long templateId) {
        Map<String, Object> body = new HashMap<>();
        if (templateId != null) {
            body.put("templateId", templateId);
        }
        var created = api().post("/api/v1/information-assets/" + asset + "/classifications", token, body);
        assertEquals(201, created.status(), created.body());
        return created.map();
    }

    private Map<String, Object> decide(String token, Map<String, Object> classification) {
        var decided =
                api().post(path(classification) + "/decide", token, Map.of("version", classification.get("version")));
        assertEquals(200, decided.status(), decided.body());
        return decided.map();
    }

    private Map<String, Object> calibrationOf(String token, long templateId) {
        var answer = api().get(TEMPLATES + "/calibration", token);
        assertEquals(200, answer.status(), answer.body());
        return answer.list().stream()
                .map(ClassificationTemplateIT::map)
                .filter(c -> ((Number) c.get("templateId")).longValue() == templateId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("template " + templateId + " not in " + answer.body()));
    }

    private static Map<String, Object> aspect(Map<String, Object> calibration, String aspect) {
        return list(calibration.get("aspects")).stream()
                .filter(a -> aspect.equals(a.get("aspect")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static String path(Map<String, Object> classification) {
        return "/api/v1/classifications/" + id(classification);
    }
}
