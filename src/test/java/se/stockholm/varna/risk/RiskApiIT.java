package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/** The risk register through the API, with the application's clock under the test's control. */
@MicronautTest
class RiskApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("varna.risk.expiry-sweep", "500ms");
    }

    @BeforeEach
    void resetClock() {
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void bandsComeFromTheMatrixAndTheThreeAssessmentsAreKeptApart() {
        String owner = Tokens.user("agare.bromma");
        var risk = identify(owner, "SDN-BROMMA", "Obehörig åtkomst till genomförandeplaner");
        assertEquals("IDENTIFIERAD", risk.get("status"));
        var inherent = assess(owner, risk, "INNEBOENDE", 3, 3);
        assertEquals(200, inherent.status(), inherent.body());
        assertEquals("BEDOMD", inherent.map().get("status"));
        var current = assess(owner, inherent.map(), "NUVARANDE", 2, 2);
        var residual = assess(owner, current.map(), "KVARVARANDE", 1, 2);
        var assessments = (List<?>) residual.map().get("assessments");
        assertEquals(3, assessments.size());
        assertEquals("MYCKET_HOG", band(residual.map(), "INNEBOENDE"));
        assertEquals("MEDEL", band(residual.map(), "NUVARANDE"));
        assertEquals("LAG", band(residual.map(), "KVARVARANDE"));

        long events = audit(risk);
        var outside = assess(owner, residual.map(), "NUVARANDE", 5, 2);
        assertEquals(400, outside.status());
        assertTrue(outside.body().contains("\"field\":\"likelihood\""), outside.body());
        var after = api().get(path(risk), owner).map();
        assertEquals(residual.map().get("version"), after.get("version"), "a refused assessment changes nothing");
        assertEquals("MEDEL", band(after, "NUVARANDE"));
        assertEquals(events, audit(risk), "and writes no audit event");
    }

    @Test
    void samordnareReviewsInformationsagareDecidesOthersAreRefused() {
        String owner = Tokens.user("agare.bromma");
        var risk = identify(owner, "SDN-BROMMA", "Hemtjänstens nycklar kopieras");
        var assessed = assess(owner, risk, "INNEBOENDE", 2, 2).map();
        Map<String, Object> version = Map.of("version", assessed.get("version"));
        assertEquals(403, api().post(path(risk) + "/review", owner, version).status(), "the owner does not review");
        assertEquals(
                404,
                api().post(path(risk) + "/review", Tokens.user("samordnare.farsta"), version)
                        .status());
        assertEquals(404, api().get(path(risk), Tokens.user("lasare.farsta")).status());
        assertEquals(
                403,
                api().post("/api/v1/risks", Tokens.user("lasare.farsta"), Map.of())
                        .status());
        var reviewed = api().post(path(risk) + "/review", Tokens.user("samordnare.bromma"), version);
        assertEquals("GRANSKAD", reviewed.map().get("status"), reviewed.body());
        Map<String, Object> decision = Map.of(
                "treatment",
                "REDUCERA",
                "motivation",
                "Nyckelskåp med logg.",
                "version",
                reviewed.map().get("version"));
        assertEquals(
                403,
                api().post(path(risk) + "/decision", Tokens.user("samordnare.bromma"), decision)
                        .status());
        Map<String, Object> acceptance = Map.of(
                "rationale",
                "x",
                "expiresOn",
                "2026-06-01",
                "version",
                reviewed.map().get("version"));
        assertEquals(
                403,
                api().post(path(risk) + "/acceptances", Tokens.user("samordnare.bromma"), acceptance)
                        .status(),
                "only the owner accepts");
        var decided = api().post(path(risk) + "/decision", owner, decision);
        assertEquals("BESLUTAD", decided.map().get("status"), decided.body());
        assertEquals("2027-03-10", decided.map().get("nextReviewOn"));
        assertEquals(409, api().post(path(risk) + "/decision", owner, decision).status(), "stale");
    }

    @Test
    void anAcceptanceIsASnapshotThatExpiresBackToReview() {
        String owner = Tokens.user("agare.bromma");
        var risk = identify(owner, "SDN-BROMMA", "Avgiftsunderlag skickas med vanlig e-post");
        var assessed = assess(owner, risk, "INNEBOENDE", 2, 3).map();
        var reviewed = api().post(
                        path(risk) + "/review",
                        Tokens.user("samordnare.bromma"),
                        Map.of("version", assessed.get("version")))
                .map();
        var noRationale = api().post(
                        path(risk) + "/acceptances",
                        owner,
                        Map.of("rationale", " ", "expiresOn", "2026-09-30", "version", reviewed.get("version")));
        assertEquals(400, noRationale.status());
        assertTrue(noRationale.body().contains("\"field\":\"rationale\""));
        assertEquals(0, api().get(path(risk) + "/acceptances", owner).list().size(), "nothing written");

        var accepted = api().post(
                        path(risk) + "/acceptances",
                        owner,
                        Map.of(
                                "rationale", "Övergång till säker e-post i maj.",
                                "expiresOn", "2026-09-30",
                                "version", reviewed.get("version")));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("GALLANDE", accepted.map().get("status"));
        String snapshot = (String) accepted.map().get("snapshot");
        assertTrue(snapshot.contains("Avgiftsunderlag skickas med vanlig e-post"));

        var now = api().get(path(risk), owner).map();
        assertEquals("BESLUTAD", now.get("status"));
        assertEquals("ACCEPTERA", now.get("treatment"));
        assess(owner, now, "KVARVARANDE", 1, 3);
        var again = api().get(path(risk) + "/acceptances", owner).list();
        assertEquals(snapshot, ((Map<?, ?>) again.getFirst()).get("snapshot"), "the snapshot never changes");

        clock.set(Instant.parse("2026-10-01T06:00:00Z"));
        String status = null;
        for (int i = 0; i < 40 && !"BEDOMD".equals(status); i++) {
            sleep();
            status = (String) api().get(path(risk), owner).map().get("status");
        }
        assertEquals("BEDOMD", status, "an expired acceptance sends the risk back to review");
        assertEquals(
                "UTGANGEN",
                ((Map<?, ?>) api().get(path(risk) + "/acceptances", owner)
                                .list()
                                .getFirst())
                        .get("status"));
    }

    @Test
    void acceptingARiskInTheHighestBandNeedsTheCentralFunction() {
        String owner = Tokens.user("agare.bromma");
        var risk = identify(owner, "SDN-BROMMA", "Utpressningsvirus i verksamhetssystemet");
        var assessed = assess(owner, risk, "INNEBOENDE", 4, 4).map();
        var reviewed = api().post(
                        path(risk) + "/review",
                        Tokens.user("samordnare.bromma"),
                        Map.of("version", assessed.get("version")))
                .map();
        var accepted = api().post(
                        path(risk) + "/acceptances",
                        owner,
                        Map.of(
                                "rationale",
                                "Ingen rimlig åtgärd före bytet.",
                                "expiresOn",
                                "2026-06-30",
                                "version",
                                reviewed.get("version")))
                .map();
        assertEquals("VANTAR_PA_CENTRAL", accepted.get("status"));
        String second = path(risk) + "/acceptances/" + accepted.get("id") + "/second-decision";
        assertEquals(403, api().post(second, owner, Map.of("approve", true)).status());
        var confirmed = api().post(second, Tokens.user("central"), Map.of("approve", true, "comment", "Godkänt."));
        assertEquals("GALLANDE", confirmed.map().get("status"), confirmed.body());
        assertEquals("central", confirmed.map().get("secondBy"));
    }

    @Test
    void actionsMustBePlannedAheadAndOverdueOnesAreCounted() {
        String owner = Tokens.user("agare.bromma");
        var risk = identify(owner, "SDN-BROMMA", "Delade konton i larmcentralen");
        var past = api().post(
                        path(risk) + "/actions",
                        owner,
                        Map.of("title", "Personliga konton", "responsible", "Anna Bromma", "dueOn", "2026-03-09"));
        assertEquals(400, past.status());
        assertTrue(past.body().contains("\"field\":\"dueOn\""));
        assertEquals(0, api().get(path(risk) + "/actions", owner).list().size());
        long before = overdue(owner);
        var planned = api().post(
                        path(risk) + "/actions",
                        owner,
                        Map.of("title", "Personliga konton", "responsible", "Anna Bromma", "dueOn", "2026-04-01"));
        assertEquals(200, planned.status(), planned.body());
        assertEquals(before, overdue(owner));
        clock.set(Instant.parse("2026-04-02T08:00:00Z"));
        assertEquals(before + 1, overdue(owner));
        assertEquals(before, overdue(Tokens.user("agare.social")), "outside the scope: not counted");
        var done = api().put(
                        path(risk) + "/actions/" + planned.map().get("id"),
                        owner,
                        Map.of("status", "KLAR", "version", planned.map().get("version")));
        assertEquals(200, done.status(), done.body());
        assertEquals(before, overdue(owner));
    }

    private long overdue(String token) {
        return ((Number) api().get("/api/v1/risk-actions/overdue-count", token)
                        .map()
                        .get("count"))
                .longValue();
    }

    private Map<String, Object> identify(String token, String unitCode, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("orgUnitId", unitId(unitCode));
        body.put("ownerUsername", "agare.bromma");
        body.put("context", "LINJEVERKSAMHET");
        var created = api().post("/api/v1/risks", token, body);
        assertEquals(201, created.status(), created.body());
        return created.map();
    }

    private se.stockholm.varna.testsupport.ApiClient.Answer assess(
            String token, Map<String, Object> risk, String kind, int likelihood, int consequence) {
        return api().put(
                        path(risk) + "/assessments/" + kind,
                        token,
                        Map.of(
                                "likelihood",
                                likelihood,
                                "consequence",
                                consequence,
                                "motivation",
                                "Bedömt i workshop.",
                                "version",
                                risk.get("version")));
    }

    private static String band(Map<String, Object> risk, String kind) {
        return ((List<?>) risk.get("assessments"))
                .stream()
                        .map(a -> (Map<?, ?>) a)
                        .filter(a -> kind.equals(a.get("kind")))
                        .map(a -> (String) a.get("band"))
                        .findFirst()
                        .orElseThrow();
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

    private long audit(Map<String, Object> risk) {
        return ((Number) api().get(
                                "/api/v1/audit-events?entityType=Risk&entityId=" + risk.get("id"),
                                Tokens.user("central"))
                        .map()
                        .get("total"))
                .longValue();
    }

    private static String path(Map<String, Object> risk) {
        return "/api/v1/risks/" + risk.get("id");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
