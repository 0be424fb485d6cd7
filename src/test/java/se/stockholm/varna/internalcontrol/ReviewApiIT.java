package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/**
 * Granskningar through the API: the granskare records in scope (404 and 400 outside it), a reader
 * changes nothing (403), the organisation's samordnare answers and plans åtgärder, only a reviewer
 * closes, stale versions answer 409, an ended review takes no findings, and a flagged finding is a
 * GRANSKNING risk candidate until it is closed.
 */
@MicronautTest
class ReviewApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void resetClock() {
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void theGranskareRegistersInScopeOnlyAndBadInputIsNamedField() {
        String granskare = Tokens.user("granskare");
        var review = create(granskare, "SDN-BROMMA", "Granskning av loggning i Bromma");
        assertEquals("PLANERAD", review.get("status"));
        assertEquals("Bromma stadsdelsnämnd", review.get("responsibleOrgName"));
        assertEquals(0, ((Number) review.get("findingCount")).intValue());

        var outside = api().post("/api/v1/reviews", granskare, body(unitId("FN-SOCIAL"), "Granskning av Social"));
        assertEquals(400, outside.status(), outside.body());
        assertTrue(outside.body().contains("\"field\":\"orgUnitId\""), outside.body());

        var social = create(Tokens.user("central"), "FN-SOCIAL", "Central granskning av Socialnämnden");
        assertEquals(404, api().get(path(social), granskare).status(), "outside the scope: as if it did not exist");
        assertEquals(
                404,
                api().post(path(social) + "/findings", granskare, finding(unitId("FN-SOCIAL"), "x", false))
                        .status());

        var empty = api().post("/api/v1/reviews", granskare, Map.of("kind", "EXTERN", "status", "PAGAR"));
        assertEquals(400, empty.status(), empty.body());
        for (String field : List.of("title", "scope", "orgUnitId", "auditorName", "auditorOrganisation", "startedOn")) {
            assertTrue(empty.body().contains("\"field\":\"" + field + "\""), field + ": " + empty.body());
        }
        assertTrue(empty.body().contains("Ange en rubrik för granskningen"), "in Swedish: " + empty.body());

        String reader = Tokens.user("lasare.farsta");
        assertEquals(
                403,
                api().post("/api/v1/reviews", reader, body(unitId("SDN-FARSTA"), "x"))
                        .status());
        assertEquals(
                403,
                api().post("/api/v1/reviews", Tokens.user("samordnare.bromma"), body(unitId("SDN-BROMMA"), "x"))
                        .status(),
                "the audited organisation does not review itself");
        Map<String, Object> update = new HashMap<>(body(unitId("SDN-BROMMA"), "Ny rubrik"));
        update.put("version", review.get("version"));
        assertEquals(403, api().put(path(review), reader, update).status());
        assertEquals(404, api().get(path(review), reader).status(), "Bromma is outside Farsta");
    }

    @Test
    void aStaleChangeIsRefusedAndAnEndedReviewTakesNoFindingsAndIsNotReopened() {
        String granskare = Tokens.user("granskare");
        var review = create(granskare, "SDN-FARSTA", "Granskning av behörigheter i Farsta");
        Map<String, Object> ongoing = new HashMap<>(body(unitId("SDN-FARSTA"), "Granskning av behörigheter i Farsta"));
        ongoing.put("status", "PAGAR");
        ongoing.put("startedOn", "2026-03-01");
        ongoing.put("version", review.get("version"));
        var started = api().put(path(review), granskare, ongoing);
        assertEquals(200, started.status(), started.body());
        assertEquals("PAGAR", started.map().get("status"));
        var stale = api().put(path(review), granskare, ongoing);
        assertEquals(409, stale.status(), "the same version twice is stale");

        Map<String, Object> ended = new HashMap<>(ongoing);
        ended.put("status", "AVSLUTAD");
        ended.put("endedOn", "2026-02-01");
        ended.put("version", started.map().get("version"));
        var early = api().put(path(review), granskare, ended);
        assertEquals(400, early.status(), early.body());
        assertTrue(early.body().contains("\"field\":\"endedOn\""), early.body());
        ended.put("endedOn", "2026-03-09");
        var done = api().put(path(review), granskare, ended);
        assertEquals(200, done.status(), done.body());
        assertEquals("AVSLUTAD", done.map().get("status"));

        var late = api().post(path(review) + "/findings", granskare, finding(unitId("SDN-FARSTA"), "För sent", false));
        assertEquals(409, late.status(), late.body());
        Map<String, Object> reopen = new HashMap<>(ongoing);
        reopen.put("version", done.map().get("version"));
        assertEquals(409, api().put(path(review), granskare, reopen).status(), "an ended review stays ended");
    }

    @Test
    void theOrganisationAnswersAndPlansOnlyAReviewerClosesAndAFlaggedFindingIsACandidateUntilClosed() {
        String granskare = Tokens.user("granskare");
        String samordnare = Tokens.user("samordnare.bromma");
        var review = create(granskare, "SDN-BROMMA", "Granskning av hemtjänstens behörigheter");
        var farsta = api().post(
                        path(review) + "/findings",
                        granskare,
                        finding(unitId("SDN-FARSTA"), "Fel organisation", false));
        assertEquals(400, farsta.status(), "a finding is answered inside the audited organisation: " + farsta.body());
        assertTrue(farsta.body().contains("\"field\":\"orgUnitId\""));
        var badSeverity = new HashMap<>(finding(unitId("ENH-BROMMA-HEMTJANST"), "Okänd grad", false));
        badSeverity.put("severity", "KRITISK");
        var refused = api().post(path(review) + "/findings", granskare, badSeverity);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("\"field\":\"severity\""), refused.body());
        assertEquals(
                403,
                api().post(path(review) + "/findings", samordnare, finding(unitId("SDN-BROMMA"), "x", false))
                        .status(),
                "the organisation does not record findings on itself");

        String title = "Konton för slutade medarbetare är aktiva";
        var recorded =
                api().post(path(review) + "/findings", granskare, finding(unitId("ENH-BROMMA-HEMTJANST"), title, true));
        assertEquals(201, recorded.status(), recorded.body());
        Map<String, Object> f = recorded.map();
        assertEquals("OPPEN", f.get("status"));
        assertEquals("Hög", f.get("severityName"));
        String findingPath = "/api/v1/findings/" + f.get("id");

        Map<String, Object> candidate = candidate(samordnare, title);
        assertEquals("GRANSKNING", candidate.get("kind"));
        assertEquals("NY", candidate.get("status"));
        assertEquals(null, candidate.get("itServiceId"), "a finding's candidate has no it-tjänst");
        var shown = api().get(findingPath, samordnare).map();
        assertEquals("NY", ((Map<?, ?>) shown.get("riskCandidate")).get("status"), shown.toString());

        Map<String, Object> closing = Map.of("comment", "Kontrollerat.", "version", f.get("version"));
        assertEquals(409, api().post(findingPath + "/close", granskare, closing).status(), "not answered yet");
        Map<String, Object> answer = Map.of("response", "Kontona stängs i dag.", "version", f.get("version"));
        assertEquals(
                403, api().post(findingPath + "/response", granskare, answer).status(), "the reviewer does not answer");
        assertEquals(
                403,
                api().post(findingPath + "/response", Tokens.user("lasare.farsta"), answer)
                        .status());
        assertEquals(
                404,
                api().post(findingPath + "/response", Tokens.user("samordnare.farsta"), answer)
                        .status());
        var blank =
                api().post(findingPath + "/response", samordnare, Map.of("response", " ", "version", f.get("version")));
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("\"field\":\"response\""), blank.body());
        var answered = api().post(findingPath + "/response", samordnare, answer);
        assertEquals(200, answered.status(), answered.body());
        assertEquals("BESVARAD", answered.map().get("status"));
        assertEquals("samordnare.bromma", answered.map().get("respondedBy"));
        assertEquals(
                409, api().post(findingPath + "/response", samordnare, answer).status(), "stale");

        var past = api().post(
                        findingPath + "/actions",
                        samordnare,
                        Map.of("title", "Behörighetsgenomgång", "responsible", "Anna Bromma", "dueOn", "2026-03-09"));
        assertEquals(400, past.status());
        assertTrue(past.body().contains("\"field\":\"dueOn\""));
        Map<String, Object> action =
                Map.of("title", "Behörighetsgenomgång", "responsible", "Anna Bromma", "dueOn", "2026-04-30");
        assertEquals(
                403, api().post(findingPath + "/actions", granskare, action).status());
        var planned = api().post(findingPath + "/actions", samordnare, action);
        assertEquals(201, planned.status(), planned.body());
        String actionPath = findingPath + "/actions/" + planned.map().get("id") + "/status";
        var followed = api().put(
                        actionPath,
                        samordnare,
                        Map.of("status", "PAGAR", "version", planned.map().get("version")));
        assertEquals(200, followed.status(), followed.body());
        assertEquals(
                409,
                api().put(
                                actionPath,
                                samordnare,
                                Map.of(
                                        "status",
                                        "KLAR",
                                        "version",
                                        planned.map().get("version")))
                        .status());
        assertEquals(
                400,
                api().put(
                                actionPath,
                                samordnare,
                                Map.of(
                                        "status",
                                        "KANSKE",
                                        "version",
                                        followed.map().get("version")))
                        .status());

        Map<String, Object> close = Map.of(
                "comment",
                "Kontrollerat kontolistan.",
                "version",
                answered.map().get("version"));
        assertEquals(
                403, api().post(findingPath + "/close", samordnare, close).status(), "the organisation does not close");
        var noComment = api().post(
                        findingPath + "/close",
                        granskare,
                        Map.of("comment", "", "version", answered.map().get("version")));
        assertEquals(400, noComment.status());
        assertTrue(noComment.body().contains("\"field\":\"comment\""));
        var closed = api().post(findingPath + "/close", granskare, close);
        assertEquals(200, closed.status(), closed.body());
        assertEquals("STANGD", closed.map().get("status"));
        assertEquals("granskare", closed.map().get("closedBy"));
        assertEquals(
                409,
                api().post(
                                findingPath + "/response",
                                samordnare,
                                Map.of("response", "x", "version", closed.map().get("version")))
                        .status());
        assertEquals(
                "INAKTUELL", candidate(samordnare, title).get("status"), "a closed finding's candidate is outdated");

        var page = api().get(path(review), granskare).map();
        assertEquals(1, ((Number) page.get("findingCount")).intValue());
        assertEquals(0, ((Number) page.get("openFindingCount")).intValue());
        List<String> actions = audit(review);
        assertTrue(
                actions.containsAll(List.of(
                        "CREATED",
                        "FINDING_RECORDED",
                        "FINDING_ANSWERED",
                        "FINDING_ACTION_PLANNED",
                        "FINDING_ACTION_FOLLOWED_UP",
                        "FINDING_CLOSED")),
                actions.toString());
    }

    @Test
    void aFindingsCandidateAcceptedAsARiskKeepsGranskningAsItsSourceAndTheFindingShowsTheRisk() {
        String granskare = Tokens.user("granskare");
        String samordnare = Tokens.user("samordnare.bromma");
        var review = create(granskare, "SDN-BROMMA", "Granskning av incidenthantering");
        String title = "Incidenter rapporteras inte till samordnaren";
        var recorded = api().post(path(review) + "/findings", granskare, finding(unitId("FORV-BROMMA"), title, true));
        assertEquals(201, recorded.status(), recorded.body());
        Map<String, Object> candidate = candidate(samordnare, title);
        var accepted = api().post(
                        "/api/v1/risk-candidates/" + candidate.get("id") + "/accept",
                        samordnare,
                        Map.of(
                                "ownerUsername",
                                "agare.bromma",
                                "context",
                                "LINJEVERKSAMHET",
                                "version",
                                candidate.get("version")));
        assertEquals(200, accepted.status(), accepted.body());
        Object riskId = accepted.map().get("riskId");
        var risk = api().get("/api/v1/risks/" + riskId, samordnare).map();
        assertEquals("GRANSKNING", risk.get("source"), risk.toString());
        assertTrue(((String) risk.get("description")).contains(title), risk.toString());
        assertTrue(((List<?>) risk.get("services")).isEmpty());
        var shown = (Map<?, ?>) api().get("/api/v1/findings/" + recorded.map().get("id"), granskare)
                .map()
                .get("riskCandidate");
        assertEquals("RISK", shown.get("status"));
        assertEquals(((Number) riskId).longValue(), ((Number) shown.get("riskId")).longValue());
    }

    @Test
    void listsAreScopedFilteredAndCheckTheirFilters() {
        String reader = Tokens.user("lasare.farsta");
        var farsta = api().get("/api/v1/reviews?size=200", reader);
        assertEquals(200, farsta.status(), farsta.body());
        assertTrue(
                farsta.body().contains("Intern granskning av förskolornas hantering av barnlistor"), "the demo review");
        assertFalse(
                farsta.body().contains("Extern revision av informationssäkerheten i äldreomsorgen 2026"),
                "Bromma is not Farsta's");
        var bromma = api().get(
                        "/api/v1/reviews?status=AVSLUTAD&kind=EXTERN&q=%C3%A4ldreomsorgen",
                        Tokens.user("samordnare.bromma"));
        assertTrue(
                bromma.body().contains("Extern revision av informationssäkerheten i äldreomsorgen 2026"),
                bromma.body());
        assertEquals(400, api().get("/api/v1/reviews?status=KANSKE", reader).status());
        assertEquals(
                404,
                api().get("/api/v1/reviews?orgUnitId=" + unitId("SDN-BROMMA"), reader)
                        .status());
        assertEquals(403, api().get("/api/v1/reviews", Tokens.ilsClient()).status());
        var severities = api().get("/api/v1/finding-severities", reader).list();
        assertEquals(4, severities.size());
        assertEquals("LAG", ((Map<?, ?>) severities.getFirst()).get("code"), "lowest first");
    }

    private Map<String, Object> create(String token, String unitCode, String title) {
        var created = api().post("/api/v1/reviews", token, body(unitId(unitCode), title));
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.map().get("id"));
        return created.map();
    }

    private static Map<String, Object> body(long unit, String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "INTERN");
        b.put("independent", true);
        b.put("title", title);
        b.put("scope", "Behörighetshantering och logguppföljning.");
        b.put("orgUnitId", unit);
        b.put("auditorName", "Greta Granskare");
        b.put("plannedOn", "2026-03-15");
        return b;
    }

    private static Map<String, Object> finding(long unit, String title, boolean raiseRisk) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("observation", "Stickprov visar brister.");
        b.put("severity", "HOG");
        b.put("recommendation", "Gör en behörighetsgenomgång.");
        b.put("orgUnitId", unit);
        b.put("raiseRisk", raiseRisk);
        return b;
    }

    /** Lists the candidates (which syncs them) and finds the one raised for the finding with this title. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> candidate(String token, String findingTitle) {
        ApiClient.Answer page = api().get("/api/v1/risk-candidates?status=ALLA&size=200", token);
        assertEquals(200, page.status(), page.body());
        return ((List<Map<String, Object>>) page.map().get("items"))
                .stream()
                        .filter(c -> ((String) c.get("title")).startsWith("Iakttagelse: " + findingTitle + " ("))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no candidate: " + page.body()));
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(Map<String, Object> review) {
        var page = api().get(
                        "/api/v1/audit-events?size=200&entityType=Review&entityId=" + review.get("id"),
                        Tokens.user("central"))
                .map();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(e -> (String) e.get("action")).toList();
    }

    private long unitId(String code) {
        var items = (List<?>) api().get("/api/v1/org-units?size=200&q=" + code, Tokens.user("central"))
                .map()
                .get("items");
        return items.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> code.equals(u.get("code")))
                .map(u -> ((Number) u.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static String path(Map<String, Object> review) {
        return "/api/v1/reviews/" + review.get("id");
    }
}
