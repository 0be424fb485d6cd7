package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/** Skyddsnivåer, handlingsplan, upphandlingskrav and hosting decisions of it-tjänster through the API. */
@MicronautTest
class ActionPlanApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Inject
    EmbeddedServer embedded;

    ActionPlanTestData data;
    String owner;
    String system;
    ActionPlanTestData.Decided akter;
    ActionPlanTestData.Decided bokningar;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void setUp() {
        data = new ActionPlanTestData(api(), dataSource, resolver);
        owner = Tokens.user("agare.social");
        system = Tokens.user("systemagare.social");
        akter = data.decided(owner, "Handlingsplan akter", q -> "K".equals(q.get("aspect")) ? 3 : 1);
        bokningar = data.decided(owner, "Handlingsplan bokningar", q -> "T".equals(q.get("aspect")) ? 2 : 1);
    }

    @Test
    void aServiceInheritsTheHighestDecidedLevelPerAspectWithTheAssetThatCausedIt() {
        long service = data.service(system, "Handlingsplan arv", "STADENS", List.of(), bokningar.id(), akter.id());
        var levels = api().get(levelsPath(service), system);
        assertEquals(200, levels.status(), levels.body());
        for (String aspect : ActionPlanTestData.ASPECTS) {
            int a = akter.levels().get(aspect);
            int b = bokningar.levels().get(aspect);
            Map<?, ?> row = aspect(levels.map(), aspect);
            assertEquals(Math.max(a, b), ((Number) row.get("inheritedLevel")).intValue(), aspect);
            assertEquals(Math.max(a, b), ((Number) row.get("requiredLevel")).intValue(), aspect);
            if (Math.max(a, b) > 0) {
                String cause = a >= b ? akter.name() : bokningar.name();
                assertEquals(
                        cause, ((Map<?, ?>) row.get("causedBy")).get("name"), aspect + ": ties go to the first name");
            }
        }
        assertEquals(true, levels.map().get("complete"));
        assertEquals(2, ((Number) levels.map().get("processedAssets")).intValue());

        long open = data.asset(owner, "Handlingsplan oklassad");
        api().put("/api/v1/it-services/" + service + "/information-assets/" + open, system, "");
        var incomplete = api().get(levelsPath(service), system).map();
        assertEquals(false, incomplete.get("complete"));
        List<?> unclassified = (List<?>) incomplete.get("unclassifiedAssets");
        assertEquals("Handlingsplan oklassad", ((Map<?, ?>) unclassified.getFirst()).get("name"));
        assertEquals(
                404,
                api().get(levelsPath(service), Tokens.user("systemagare.service"))
                        .status());
    }

    @Test
    void aDifferentLevelNeedsAMotivationOnlyASystemagareInScopeRecordsItAndItIsAudited() {
        long service =
                data.service(system, "Handlingsplan avvikelse", "STADENS", List.of(), akter.id(), bokningar.id());
        int inherited = Math.max(akter.levels().get("S"), bokningar.levels().get("S"));
        int raised = inherited == 3 ? 2 : inherited + 1;
        List<String> before = data.auditActions(service);

        var refused = api().put(levelsPath(service) + "/S", system, Map.of("level", raised));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("\"field\":\"motivation\""), refused.body());
        Map<?, ?> unchanged = aspect(api().get(levelsPath(service), system).map(), "S");
        assertNull(unchanged.get("override"), "a refused deviation writes nothing");
        assertEquals(inherited, ((Number) unchanged.get("requiredLevel")).intValue());
        assertEquals(before, data.auditActions(service), "and no audit event");

        Map<String, Object> body = Map.of("level", raised, "motivation", "Samlade informationsmängder i tjänsten.");
        assertEquals(403, api().put(levelsPath(service) + "/S", owner, body).status());
        assertEquals(
                404,
                api().put(levelsPath(service) + "/S", Tokens.user("systemagare.service"), body)
                        .status());
        var recorded = api().put(levelsPath(service) + "/S", system, body);
        assertEquals(200, recorded.status(), recorded.body());
        Map<?, ?> s = aspect(recorded.map(), "S");
        assertEquals(raised, ((Number) s.get("requiredLevel")).intValue());
        assertEquals(inherited, ((Number) s.get("inheritedLevel")).intValue());
        assertEquals("Samlade informationsmängder i tjänsten.", ((Map<?, ?>) s.get("override")).get("motivation"));
        assertTrue(data.auditActions(service).contains("LEVEL_OVERRIDDEN"));

        var removed = api().delete(levelsPath(service) + "/S", system);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(inherited, ((Number) aspect(removed.map(), "S").get("requiredLevel")).intValue());
        assertTrue(data.auditActions(service).contains("LEVEL_OVERRIDE_REMOVED"));
        assertEquals(404, api().delete(levelsPath(service) + "/S", system).status(), "nothing left to remove");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHandlingsplanListsTheApplicableRequirementsAndASystemagareAssessesThem() {
        long service = data.service(system, "Handlingsplan krav", "STADENS", List.of(), akter.id(), bokningar.id());
        Map<String, Integer> required = new HashMap<>();
        ActionPlanTestData.ASPECTS.forEach(a -> required.put(
                a, Math.max(akter.levels().get(a), bokningar.levels().get(a))));
        var plan = api().get(planPath(service), system).map();
        var requirements = (List<Map<String, Object>>) plan.get("requirements");
        int expected = data.applicableCount(required);
        assertTrue(expected > 0, "the test assets reach level 1 or more");
        assertEquals(expected, requirements.size(), "every requirement with min_level <= the aspect's level");
        assertEquals(expected, ((Number) ((Map<?, ?>) plan.get("fulfilment")).get("unassessed")).intValue());
        assertEquals(0L, ((Number) requirements.getFirst().get("version")).longValue(), "not assessed yet");

        String code = (String) requirements.getFirst().get("code");
        String item = planPath(service) + "/" + code;
        assertEquals(403, api().put(item, owner, Map.of("status", "UPPFYLLT")).status());
        assertEquals(
                404,
                api().put(item, Tokens.user("systemagare.service"), Map.of("status", "UPPFYLLT"))
                        .status());
        assertEquals(
                404,
                api().put(planPath(service) + "/X9-99", system, Map.of("status", "UPPFYLLT"))
                        .status());

        var first = api().put(item, system, Map.of("status", "UPPFYLLT"));
        assertEquals(200, first.status(), first.body());
        assertEquals(1L, ((Number) first.map().get("version")).longValue());
        assertEquals(
                409,
                api().put(item, system, Map.of("status", "UPPFYLLT", "version", 0))
                        .status(),
                "a second 'first' assessment is stale");

        var noReason = api().put(item, system, Map.of("status", "EJ_TILLAMPLIGT", "version", 1));
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"field\":\"comment\""), noReason.body());

        var partial = api().put(item, system, Map.of("status", "DELVIS", "comment", "Saknas för admin.", "version", 1));
        assertEquals(200, partial.status(), partial.body());
        assertEquals(2L, ((Number) partial.map().get("version")).longValue());
        assertEquals(
                409,
                api().put(item, system, Map.of("status", "UPPFYLLT", "version", 1))
                        .status(),
                "stale version");

        var after = api().get(planPath(service), Tokens.user("lasare.farsta"));
        assertEquals(404, after.status(), "out of scope for a reader elsewhere");
        var reread = api().get(planPath(service), owner).map();
        var gaps = (List<Map<String, Object>>) reread.get("gaps");
        assertEquals(List.of(code), gaps.stream().map(g -> g.get("code")).toList());
        assertEquals(1, ((Number) ((Map<?, ?>) reread.get("fulfilment")).get("partial")).intValue());
        assertTrue(data.auditActions(service).contains("REQUIREMENT_ASSESSED"));
    }

    @Test
    void theUpphandlingskravAreACsvWithAHeaderAndOneLinePerApplicableRequirement() throws Exception {
        long service = data.service(system, "Handlingsplan upphandling", "STADENS", List.of(), akter.id());
        int applicable = ((List<?>) api().get(planPath(service), system).map().get("requirements")).size();
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(embedded.getURI().resolve(planPath(service) + ".csv"))
                                .header("Authorization", "Bearer " + system)
                                .header("Accept", "text/csv")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(
                csv.headers().firstValue("Content-Disposition").orElse("").contains("filename="),
                csv.headers().toString());
        assertTrue(csv.body().startsWith("\uFEFF"), "UTF-8 with BOM");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertEquals("kod;aspekt;lägsta nivå;typ;ISO 27002;krav", lines[0]);
        assertEquals(1 + applicable, lines.length);
    }

    @Test
    void aThirdCountryServiceWithPersonalDataNeedsAnInformationsagareDecisionOnItsCurrentHosting() {
        long service = data.service(system, "Handlingsplan tredjeland", "TREDJELAND", List.of("US"), akter.id());
        assertEquals(true, hosting(service).get("needsDecision"));
        assertTrue(pending(system).contains(service));
        String decisions = "/api/v1/it-services/" + service + "/hosting-decisions";

        Map<String, Object> approve =
                Map.of("outcome", "GODKAND_MED_VILLKOR", "conditions", "Kryptering med egen nyckel.");
        assertEquals(403, api().post(decisions, system, approve).status(), "the systemägare does not decide");
        assertEquals(
                404, api().post(decisions, Tokens.user("agare.bromma"), approve).status());
        var missing = api().post(decisions, owner, Map.of("outcome", "GODKAND_MED_VILLKOR"));
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("\"field\":\"conditions\""), missing.body());

        var decided = api().post(decisions, owner, approve);
        assertEquals(201, decided.status(), decided.body());
        assertEquals(true, decided.map().get("current"));
        assertEquals(List.of("US"), ((Map<?, ?>) decided.map().get("snapshot")).get("countries"));
        assertEquals(false, hosting(service).get("needsDecision"));
        assertFalse(pending(owner).contains(service));
        assertTrue(data.auditActions(service).contains("HOSTING_DECIDED"));

        var current = api().get("/api/v1/it-services/" + service, system).map();
        Map<String, Object> moved = data.serviceBody("Handlingsplan tredjeland", "TREDJELAND", List.of("US", "IN"));
        moved.put("version", current.get("version"));
        assertEquals(
                200, api().put("/api/v1/it-services/" + service, system, moved).status());
        assertEquals(true, hosting(service).get("needsDecision"), "a new country needs a new decision");
        var listed = api().get(decisions, system).list();
        assertEquals(1, listed.size());
        assertEquals(false, ((Map<?, ?>) listed.getFirst()).get("current"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fulfilmentIsReportedPerAnsvarigOrganisationInScope() {
        long service = data.service(system, "Handlingsplan uppfyllnad", "STADENS", List.of(), akter.id());
        var requirements = (List<Map<String, Object>>)
                api().get(planPath(service), system).map().get("requirements");
        String code = (String) requirements.getFirst().get("code");
        assertEquals(
                200,
                api().put(planPath(service) + "/" + code, system, Map.of("status", "UPPFYLLT"))
                        .status());

        long forv = data.unitId("FORV-SOCIAL");
        var report = api().get("/api/v1/action-plans/fulfilment?orgUnitId=" + forv, system);
        assertEquals(200, report.status(), report.body());
        var organisations = (List<Map<String, Object>>) report.map().get("organisations");
        var social = organisations.stream()
                .filter(o -> "Socialnämnden".equals(o.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(report.body()));
        var fulfilment = (Map<String, Object>) social.get("fulfilment");
        assertTrue(((Number) fulfilment.get("fulfilled")).intValue() >= 1);
        assertNotNull(fulfilment.get("rate"));

        var elsewhere =
                (List<Map<String, Object>>) api().get("/api/v1/action-plans/fulfilment", Tokens.user("agare.bromma"))
                        .map()
                        .get("organisations");
        assertTrue(elsewhere.stream().noneMatch(o -> "Socialnämnden".equals(o.get("name"))), "outside scope");
        assertEquals(
                404,
                api().get("/api/v1/action-plans/fulfilment?orgUnitId=" + forv, Tokens.user("agare.bromma"))
                        .status());
    }

    private Map<?, ?> hosting(long service) {
        return (Map<?, ?>) api().get(planPath(service), system).map().get("hosting");
    }

    private List<Long> pending(String token) {
        return api().get("/api/v1/action-plans/pending-hosting-decisions", token).list().stream()
                .map(p -> ((Number) ((Map<?, ?>) p).get("itServiceId")).longValue())
                .toList();
    }

    private static Map<?, ?> aspect(Map<String, Object> levels, String aspect) {
        return ((List<?>) levels.get("aspects"))
                .stream()
                        .map(a -> (Map<?, ?>) a)
                        .filter(a -> aspect.equals(a.get("aspect")))
                        .findFirst()
                        .orElseThrow();
    }

    private static String levelsPath(long service) {
        return "/api/v1/it-services/" + service + "/protection-levels";
    }

    private static String planPath(long service) {
        return "/api/v1/it-services/" + service + "/action-plan";
    }
}
