package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.varna.classification.ClassificationTestData.id;
import static se.stockholm.varna.classification.ClassificationTestData.level;
import static se.stockholm.varna.classification.ClassificationTestData.update;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/** The classification life cycle through the API, with the application's clock under the test's control. */
@MicronautTest
class ClassificationApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));
    ClassificationTestData data;
    String owner;

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
        owner = Tokens.user("agare.social");
    }

    @Test
    void theProposalIsTheHighestAnswerAndADeviationNeedsAMotivation() {
        var draft = start(owner, data.asset(owner, "FORV-SOCIAL", "Klassning förslag"));
        assertEquals("UTKAST", draft.get("status"));
        assertEquals(0, level(draft, "K", "proposedLevel"));
        var answers = data.answers(q -> "K".equals(q.get("aspect")) ? 2 : 0);
        var saved = api().put(path(draft), owner, update(answers, List.of(), draft.get("version")));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(2, level(saved.map(), "K", "proposedLevel"), "the maximum over the K answers");
        assertEquals(2, level(saved.map(), "K", "level"), "a level left out follows the proposal");
        assertEquals(0, level(saved.map(), "T", "level"));
        assertEquals("Känslig", saved.map().get("handlingLabel"));

        long events = auditEvents(id(draft));
        var lowered = api().put(
                        path(draft),
                        owner,
                        update(
                                answers,
                                List.of(Map.of("aspect", "K", "level", 1)),
                                saved.map().get("version")));
        assertEquals(400, lowered.status());
        assertTrue(lowered.body().contains("\"field\":\"levels.K.motivation\""), lowered.body());
        var unchanged = api().get(path(draft), owner).map();
        assertEquals(saved.map().get("version"), unchanged.get("version"), "a refused save changes nothing");
        assertEquals(2, level(unchanged, "K", "level"));
        assertEquals(events, auditEvents(id(draft)), "and writes no audit event");

        var motivated = api().put(
                        path(draft),
                        owner,
                        update(
                                answers,
                                List.of(Map.of(
                                        "aspect",
                                        "K",
                                        "level",
                                        1,
                                        "motivation",
                                        "Uppgifterna är redan avidentifierade.")),
                                saved.map().get("version")));
        assertEquals(200, motivated.status(), motivated.body());
        assertEquals(1, level(motivated.map(), "K", "level"));
        assertEquals(2, level(motivated.map(), "K", "proposedLevel"));
    }

    @Test
    void levelFourNeedsASeparateAnalysisAndADecisionIsFinal() {
        var draft = start(owner, data.asset(owner, "FORV-SOCIAL", "Klassning nivå 4"));
        String aspect = List.of("K", "R", "T").stream()
                .filter(a -> data.maxLevel(a) == 4)
                .findFirst()
                .orElseThrow();
        var answers = data.answers(q -> aspect.equals(q.get("aspect")) ? 4 : 0);
        var saved = api().put(path(draft), owner, update(answers, List.of(), draft.get("version")))
                .map();
        assertEquals(4, level(saved, aspect, "level"));
        var refused = api().post(path(draft) + "/decide", owner, Map.of("version", saved.get("version")));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("\"field\":\"separateAnalysis\""), refused.body());

        Map<String, Object> withAnalysis = update(answers, List.of(), saved.get("version"));
        withAnalysis.put("separateAnalysis", "Säkerhetsskyddsanalys SSA 2026:3 hos säkerhetsskyddschefen.");
        saved = api().put(path(draft), owner, withAnalysis).map();
        var decided = api().post(path(draft) + "/decide", owner, Map.of("version", saved.get("version")));
        assertEquals(200, decided.status(), decided.body());
        assertEquals("BESLUTAD", decided.map().get("status"));
        assertEquals("agare.social", decided.map().get("decidedBy"));
        assertEquals("informationsagare", decided.map().get("decidedRole"));
        assertEquals("2027-03-10", decided.map().get("nextReviewOn"), "twelve months after the decision");

        Object version = decided.map().get("version");
        assertEquals(
                409,
                api().put(path(draft), owner, update(answers, List.of(), version))
                        .status());
        assertEquals(
                409,
                api().post(path(draft) + "/submit", owner, Map.of("version", version))
                        .status());
        assertEquals(
                409,
                api().post(path(draft) + "/decide", owner, Map.of("version", version))
                        .status());
        var after = api().get(path(draft), owner).map();
        assertEquals(version, after.get("version"), "a decided classification never changes");
    }

    @Test
    void onlyTheInformationsagareInScopeDecides() {
        var draft = start(owner, data.asset(owner, "FORV-SOCIAL", "Klassning behörighet"));
        var saved = api().put(path(draft), owner, update(data.answers(q -> 1), List.of(), draft.get("version")))
                .map();
        Map<String, Object> version = Map.of("version", saved.get("version"));
        for (String other :
                List.of("systemagare.social", "samordnare.bromma", "central", "granskare", "lasare.farsta")) {
            assertEquals(
                    403,
                    api().post(path(draft) + "/decide", Tokens.user(other), version)
                            .status(),
                    other);
        }
        assertEquals(
                403,
                api().post(path(draft) + "/decide", Tokens.ilsClient(), version).status());
        assertEquals(
                404,
                api().post(path(draft) + "/decide", Tokens.user("agare.bromma"), version)
                        .status());
        assertEquals(404, api().get(path(draft), Tokens.user("agare.bromma")).status());
        assertEquals(404, api().get(path(draft), Tokens.user("lasare.farsta")).status());
        assertEquals(200, api().get(path(draft), Tokens.user("central")).status());
        assertEquals(
                403,
                api().post(
                                "/api/v1/information-assets/" + draft.get("informationAssetId") + "/classifications",
                                Tokens.user("systemagare.social"),
                                Map.of())
                        .status());
        var stale = api().post(path(draft) + "/decide", owner, Map.of("version", draft.get("version")));
        assertEquals(409, stale.status(), "a stale version is refused");
        assertEquals(200, api().post(path(draft) + "/decide", owner, version).status());
    }

    @Test
    void aSamordnareInScopeSendsAClassificationBackWithAComment() {
        String bromma = Tokens.user("agare.bromma");
        var draft = start(bromma, data.asset(bromma, "SDN-BROMMA", "Klassning retur"));
        var saved = api().put(path(draft), bromma, update(data.answers(q -> 1), List.of(), draft.get("version")))
                .map();
        var submitted = api().post(path(draft) + "/submit", bromma, Map.of("version", saved.get("version")));
        assertEquals("FOR_BESLUT", submitted.map().get("status"), submitted.body());
        Object version = submitted.map().get("version");
        assertEquals(
                404,
                api().post(
                                path(draft) + "/send-back",
                                Tokens.user("samordnare.farsta"),
                                Map.of("comment", "x", "version", version))
                        .status());
        var empty = api().post(
                        path(draft) + "/send-back",
                        Tokens.user("samordnare.bromma"),
                        Map.of("comment", " ", "version", version));
        assertEquals(400, empty.status());
        var back = api().post(
                        path(draft) + "/send-back",
                        Tokens.user("samordnare.bromma"),
                        Map.of("comment", "Motivera tillgängligheten bättre.", "version", version));
        assertEquals(200, back.status(), back.body());
        assertEquals("UTKAST", back.map().get("status"));
        var comments = (List<?>) back.map().get("comments");
        assertEquals("Motivera tillgängligheten bättre.", ((Map<?, ?>) comments.getFirst()).get("text"));
        assertEquals("RETUR", ((Map<?, ?>) comments.getFirst()).get("kind"));
    }

    @Test
    void aReclassificationStartsFromTheLastDecisionAndSupersedesIt() {
        long asset = data.asset(owner, "FORV-SOCIAL", "Klassning omklassning");
        var first = start(owner, asset);
        var answers = data.answers(q -> "T".equals(q.get("aspect")) ? 2 : 1);
        var saved = api().put(path(first), owner, update(answers, List.of(), first.get("version")))
                .map();
        assertEquals(
                200,
                api().post(path(first) + "/decide", owner, Map.of("version", saved.get("version")))
                        .status());

        var draft = start(owner, asset);
        assertEquals(2, ((Number) draft.get("sequenceNo")).intValue());
        assertEquals(saved.get("answers"), draft.get("answers"), "the new draft starts from the previous answers");
        assertEquals(
                409,
                api().post("/api/v1/information-assets/" + asset + "/classifications", owner, Map.of())
                        .status(),
                "one open draft at a time");

        var lower = data.answers(q -> 1);
        var changed = api().put(path(draft), owner, update(lower, List.of(), draft.get("version")))
                .map();
        clock.set(Instant.parse("2026-04-01T08:00:00Z"));
        assertEquals(
                200,
                api().post(path(draft) + "/decide", owner, Map.of("version", changed.get("version")))
                        .status());
        assertEquals("ERSATT", api().get(path(first), owner).map().get("status"));
        var versions = api().get("/api/v1/information-assets/" + asset + "/classifications", owner)
                .list();
        assertEquals(2, versions.size());

        var diff = api().get(path(first) + "/diff?other=" + id(draft), owner).map();
        var levels = (List<?>) diff.get("levels");
        assertEquals(1, levels.size(), diff.toString());
        assertEquals("T", ((Map<?, ?>) levels.getFirst()).get("aspect"));
        assertNotNull(diff.get("answers"));
        assertTrue(!((List<?>) diff.get("answers")).isEmpty());
    }

    @Test
    void overdueReviewsAreListedOnceTheReviewDateHasPassed() {
        long asset = data.asset(owner, "FORV-SOCIAL", "Klassning förfallen");
        var draft = start(owner, asset);
        var saved = api().put(path(draft), owner, update(data.answers(q -> 1), List.of(), draft.get("version")))
                .map();
        clock.set(Instant.parse("2026-05-01T08:00:00Z"));
        var decided = api().post(path(draft) + "/decide", owner, Map.of("version", saved.get("version")))
                .map();
        assertEquals("2027-05-01", decided.get("nextReviewOn"));
        assertTrue(!overdueIds(owner).contains(id(draft)));
        clock.set(Instant.parse("2027-05-02T08:00:00Z"));
        assertTrue(overdueIds(owner).contains(id(draft)));
        assertEquals(true, api().get(path(draft), owner).map().get("overdue"));
        assertTrue(!overdueIds(Tokens.user("agare.bromma")).contains(id(draft)), "outside scope: not listed");
    }

    private List<Long> overdueIds(String token) {
        var items = (List<?>) api().get("/api/v1/classifications?overdue=true&size=200", token)
                .map()
                .get("items");
        return items.stream().map(i -> id((Map<?, ?>) i)).toList();
    }

    private Map<String, Object> start(String token, long asset) {
        var created = api().post("/api/v1/information-assets/" + asset + "/classifications", token, Map.of());
        assertEquals(201, created.status(), created.body());
        return created.map();
    }

    private long auditEvents(long classificationId) {
        return ((Number) api().get(
                                "/api/v1/audit-events?entityType=Classification&entityId=" + classificationId,
                                Tokens.user("central"))
                        .map()
                        .get("total"))
                .longValue();
    }

    private static String path(Map<String, Object> classification) {
        return "/api/v1/classifications/" + id(classification);
    }
}
