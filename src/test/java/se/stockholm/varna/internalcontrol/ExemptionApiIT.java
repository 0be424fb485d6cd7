package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/** Undantag through the API: who may do what in which state and scope, with the clock under the test's control. */
@MicronautTest
class ExemptionApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));

    @Inject
    DataSource dataSource;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void resetClock() {
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void aRequestWithoutKonsekvensbeskrivningIsRefusedOnSaveAndOnSubmit() {
        String owner = Tokens.user("agare.bromma");
        long before = audits();
        var missing = api().post("/api/v1/exemptions", owner, body("SDN-BROMMA", "Utan utredning", "  "));
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.isProblem());
        assertEquals(List.of("investigation"), fields(missing));
        assertTrue(missing.body().contains("utredning och konsekvensbeskrivning"), missing.body());
        assertEquals(before, audits(), "nothing written, nothing audited");

        var draft = request(owner, "SDN-BROMMA", "Egen filserver för hemtjänsten");
        assertEquals("UTKAST", draft.get("status"));
        assertEquals(false, draft.get("expired"));
        Map<String, Object> change = body("SDN-BROMMA", "Egen filserver för hemtjänsten", "");
        change.put("version", draft.get("version"));
        var refused = api().put(path(draft), owner, change);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("investigation"), fields(refused));
        assertEquals(
                draft.get("investigation"),
                api().get(path(draft), owner).map().get("investigation"),
                "a refused change changes nothing");

        long stored = draftWithoutInvestigation("ENH-BROMMA-HEMTJANST");
        var submit = api().post("/api/v1/exemptions/" + stored + "/submit", owner, Map.of("version", 0));
        assertEquals(400, submit.status(), submit.body());
        assertEquals(List.of("investigation"), fields(submit));
        assertEquals(
                "UTKAST", api().get("/api/v1/exemptions/" + stored, owner).map().get("status"));
    }

    @Test
    void onlyTheUndantagsbeslutareDecidesAndADecidedExemptionIsImmutable() {
        String requester = Tokens.user("samordnare.bromma");
        var submitted = submit(requester, request(requester, "SDN-BROMMA", "Äldre journalsystem utan loggning"));
        assertEquals("INSKICKAD", submitted.get("status"));
        assertEquals("samordnare.bromma", submitted.get("submittedBy"));
        Map<String, Object> grant = new HashMap<>(Map.of(
                "outcome", "BEVILJAT",
                "conditions", "Loggning införs senast i september.",
                "validUntil", "2026-09-30",
                "version", submitted.get("version")));
        for (String other :
                List.of("central", "samordnare.bromma", "agare.bromma", "granskare", "admin", "lasare.farsta")) {
            assertEquals(
                    403,
                    api().post(path(submitted) + "/decision", Tokens.user(other), grant)
                            .status(),
                    other + " does not decide");
        }
        var noDate = api().post(
                        path(submitted) + "/decision",
                        Tokens.user("undantag"),
                        Map.of("outcome", "BEVILJAT", "version", submitted.get("version")));
        assertEquals(400, noDate.status());
        assertEquals(List.of("validUntil"), fields(noDate));
        var noReason = api().post(
                        path(submitted) + "/decision",
                        Tokens.user("undantag"),
                        Map.of("outcome", "AVSLAGET", "version", submitted.get("version")));
        assertEquals(List.of("reason"), fields(noReason));

        var granted = api().post(path(submitted) + "/decision", Tokens.user("undantag"), grant);
        assertEquals(200, granted.status(), granted.body());
        var decided = granted.map();
        assertEquals("BEVILJAT", decided.get("status"));
        assertEquals("2026-09-30", decided.get("validUntil"));
        assertEquals("undantag", decided.get("decidedBy"));
        assertEquals("undantagsbeslutare", decided.get("decidedRole"));
        assertEquals("Ulf Undantag", decided.get("decidedByName"));
        assertNotNull(decided.get("decidedAt"));
        assertTrue(((String) decided.get("decisionSnapshot")).contains("Äldre journalsystem utan loggning"));
        assertEquals(List.of("CREATED", "SUBMITTED", "EXEMPTION_GRANTED"), actions(decided), "every change audited");

        Map<String, Object> now = Map.of("version", decided.get("version"));
        Map<String, Object> change = body("SDN-BROMMA", "Ändrad efter beslut", "Ny utredning.");
        change.put("version", decided.get("version"));
        assertEquals(409, api().put(path(decided), requester, change).status(), "decided is immutable");
        assertEquals(409, api().post(path(decided) + "/submit", requester, now).status());
        assertEquals(
                409, api().post(path(decided) + "/withdraw", requester, now).status());
        assertEquals(
                409,
                api().post(
                                path(decided) + "/send-back",
                                Tokens.user("central"),
                                Map.of("comment", "x", "version", decided.get("version")))
                        .status());
        grant.put("version", decided.get("version"));
        assertEquals(
                409,
                api().post(path(decided) + "/decision", Tokens.user("undantag"), grant)
                        .status());
        assertEquals(
                decided.get("decisionSnapshot"),
                api().get(path(decided), requester).map().get("decisionSnapshot"),
                "the snapshot never changes");
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        String owner = Tokens.user("agare.bromma");
        var submitted = submit(owner, request(owner, "SDN-BROMMA", "Privat molnlagring för hemtjänstens bilder"));
        var rejected = api().post(
                        path(submitted) + "/decision",
                        Tokens.user("undantag"),
                        Map.of(
                                "outcome",
                                "AVSLAGET",
                                "reason",
                                "Stadens gemensamma tjänst räcker.",
                                "version",
                                submitted.get("version")));
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("AVSLAGET", rejected.map().get("status"));
        assertEquals("Stadens gemensamma tjänst räcker.", rejected.map().get("decisionReason"));
        assertEquals(null, rejected.map().get("validUntil"));
        assertEquals(
                409,
                api().post(
                                path(submitted) + "/withdraw",
                                owner,
                                Map.of("version", rejected.map().get("version")))
                        .status());
    }

    @Test
    void centralSendsBackForKompletteringTheRequesterResubmitsAndStaleVersionsAreRefused() {
        String owner = Tokens.user("agare.bromma");
        var submitted = submit(owner, request(owner, "SDN-BROMMA", "Parallellt schemaläggningssystem"));
        Map<String, Object> sendBack = new HashMap<>(Map.of(
                "comment",
                "Beskriv påverkan på stadens gemensamma schemaläggning.",
                "version",
                submitted.get("version")));
        assertEquals(
                403, api().post(path(submitted) + "/send-back", owner, sendBack).status());
        assertEquals(
                403,
                api().post(path(submitted) + "/send-back", Tokens.user("undantag"), sendBack)
                        .status(),
                "the decider decides; SLK's central function asks for komplettering");
        var noComment = api().post(
                        path(submitted) + "/send-back",
                        Tokens.user("central"),
                        Map.of("comment", " ", "version", submitted.get("version")));
        assertEquals(400, noComment.status());
        assertEquals(List.of("comment"), fields(noComment));
        var sentBack = api().post(path(submitted) + "/send-back", Tokens.user("central"), sendBack);
        assertEquals(200, sentBack.status(), sentBack.body());
        assertEquals("KOMPLETTERING", sentBack.map().get("status"));
        assertEquals("central", sentBack.map().get("sentBackBy"));
        assertEquals(sendBack.get("comment"), sentBack.map().get("sentBackComment"));
        assertEquals(
                409,
                api().post(
                                path(submitted) + "/decision",
                                Tokens.user("undantag"),
                                Map.of(
                                        "outcome",
                                        "AVSLAGET",
                                        "reason",
                                        "x",
                                        "version",
                                        sentBack.map().get("version")))
                        .status(),
                "only a submitted request is decided");

        Map<String, Object> change =
                body("SDN-BROMMA", "Parallellt schemaläggningssystem", "Ny utredning med påverkan.");
        change.put("sharedImpact", "Ingen integration mot den gemensamma schemaläggningen.");
        change.put("version", submitted.get("version"));
        assertEquals(409, api().put(path(submitted), owner, change).status(), "stale version");
        change.put("version", sentBack.map().get("version"));
        var changed = api().put(path(submitted), owner, change);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(409, api().put(path(submitted), owner, change).status(), "the same version twice is stale");
        var resubmitted = submit(owner, changed.map());
        assertEquals("INSKICKAD", resubmitted.get("status"));

        var withdrawn = api().post(path(submitted) + "/withdraw", owner, Map.of("version", resubmitted.get("version")));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("ATERKALLAD", withdrawn.map().get("status"));
        assertEquals(
                List.of("CREATED", "SUBMITTED", "SENT_BACK", "CHANGED", "SUBMITTED", "EXEMPTION_WITHDRAWN"),
                actions(withdrawn.map()));
        change.put("version", withdrawn.map().get("version"));
        assertEquals(409, api().put(path(submitted), owner, change).status(), "a withdrawn request is final");
    }

    @Test
    void readersSeeOnlyTheirScopeAndOnlyRequestersWrite() {
        String owner = Tokens.user("agare.bromma");
        var draft = request(owner, "SDN-BROMMA", "Bromma: lokal kopia av ekonomisystemet");
        for (String reader : List.of("samordnare.bromma", "granskare", "central", "undantag", "admin")) {
            assertEquals(200, api().get(path(draft), Tokens.user(reader)).status(), reader);
        }
        for (String outside : List.of("samordnare.farsta", "lasare.farsta", "agare.social")) {
            assertEquals(404, api().get(path(draft), Tokens.user(outside)).status(), outside);
        }
        assertEquals(403, api().get(path(draft), Tokens.user("utan.roll")).status());
        assertEquals(403, api().get("/api/v1/exemptions", Tokens.ilsClient()).status());
        Map<String, Object> version = Map.of("version", draft.get("version"));
        assertEquals(
                404,
                api().post(path(draft) + "/submit", Tokens.user("samordnare.farsta"), version)
                        .status());
        assertEquals(
                404,
                api().post(path(draft) + "/withdraw", Tokens.user("samordnare.farsta"), version)
                        .status());
        assertEquals(
                403,
                api().post(path(draft) + "/submit", Tokens.user("central"), version)
                        .status());
        assertEquals(
                403,
                api().post(path(draft) + "/submit", Tokens.user("undantag"), version)
                        .status());
        assertEquals(
                403,
                api().post("/api/v1/exemptions", Tokens.user("lasare.farsta"), body("SDN-FARSTA", "x", "y"))
                        .status());
        assertEquals(
                403,
                api().post("/api/v1/exemptions", Tokens.user("central"), body("SDN-FARSTA", "x", "y"))
                        .status(),
                "the central function decides about requests, it does not write them");
        var elsewhere = api().post("/api/v1/exemptions", Tokens.user("agare.social"), body("SDN-BROMMA", "x", "y"));
        assertEquals(400, elsewhere.status());
        assertEquals(List.of("orgUnitId"), fields(elsewhere));

        String q = "/api/v1/exemptions?size=200&q="
                + java.net.URLEncoder.encode("lokal kopia av ekonomisystemet", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1L, total(api().get(q, Tokens.user("central"))));
        assertEquals(1L, total(api().get(q, Tokens.user("granskare"))));
        assertEquals(0L, total(api().get(q, Tokens.user("samordnare.farsta"))));
        assertEquals(0L, total(api().get(q + "&status=BEVILJAT", Tokens.user("central"))));
        assertEquals(
                400,
                api().get("/api/v1/exemptions?status=OKAND", Tokens.user("central"))
                        .status());
    }

    @Test
    void aGrantedExemptionIsFlaggedExpiredOnceTheClockPassesItsValidUntilDate() {
        String owner = Tokens.user("agare.bromma");
        var submitted = submit(owner, request(owner, "SDN-BROMMA", "Tillfällig testmiljö med riktiga uppgifter"));
        var granted = api().post(
                        path(submitted) + "/decision",
                        Tokens.user("undantag"),
                        Map.of("outcome", "BEVILJAT", "validUntil", "2026-04-30", "version", submitted.get("version")))
                .map();
        assertEquals(false, granted.get("expired"));
        String expiredList = "/api/v1/exemptions?expired=true&size=200&q="
                + java.net.URLEncoder.encode("Tillfällig testmiljö", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0L, total(api().get(expiredList, owner)));

        clock.set(Instant.parse("2026-04-30T12:00:00Z"));
        assertEquals(false, api().get(path(granted), owner).map().get("expired"), "valid on its last day");

        clock.set(Instant.parse("2026-05-01T08:00:00Z"));
        var later = api().get(path(granted), owner).map();
        assertEquals(true, later.get("expired"), "utgånget the day after");
        assertEquals("BEVILJAT", later.get("status"), "the decision itself is unchanged");
        assertEquals(granted.get("version"), later.get("version"), "expiry is computed, not written");
        var expired = api().get(expiredList, owner).map();
        assertEquals(1L, ((Number) expired.get("total")).longValue(), expired.toString());
        assertEquals(true, ((Map<?, ?>) ((List<?>) expired.get("items")).getFirst()).get("expired"));
    }

    private Map<String, Object> request(String token, String unitCode, String title) {
        var created = api().post("/api/v1/exemptions", token, body(unitCode, title, "Risker och hur de hanteras."));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.map().get("id") instanceof Number);
        return created.map();
    }

    private Map<String, Object> submit(String token, Map<String, Object> exemption) {
        var submitted = api().post(path(exemption) + "/submit", token, Map.of("version", exemption.get("version")));
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.map();
    }

    private Map<String, Object> body(String unitCode, String title, String investigation) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unitId(unitCode));
        body.put("title", title);
        body.put("requirementRef", "Riktlinjen: stadens gemensamma it-lösningar ska användas");
        body.put("deviation", "En egen lösning vid sidan av den gemensamma.");
        body.put("investigation", investigation);
        body.put("requestedUntil", "2026-12-31");
        return body;
    }

    private static List<String> fields(ApiClient.Answer answer) {
        return ((List<?>) answer.map().get("errors"))
                .stream().map(e -> (String) ((Map<?, ?>) e).get("field")).toList();
    }

    private static long total(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return ((Number) answer.map().get("total")).longValue();
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

    private long audits() {
        return ((Number) api().get("/api/v1/audit-events?entityType=Exemption", Tokens.user("central"))
                        .map()
                        .get("total"))
                .longValue();
    }

    /** The audited actions on an exemption, oldest first. */
    private List<String> actions(Map<String, Object> exemption) {
        var items = (List<?>) api().get(
                        "/api/v1/audit-events?size=200&entityType=Exemption&entityId=" + exemption.get("id"),
                        Tokens.user("central"))
                .map()
                .get("items");
        return items.stream()
                .map(e -> (String) ((Map<?, ?>) e).get("action"))
                .toList()
                .reversed();
    }

    private static String path(Map<String, Object> exemption) {
        return "/api/v1/exemptions/" + exemption.get("id");
    }

    /** A draft as an older version might have stored it: no utredning, written straight into the table. */
    private long draftWithoutInvestigation(String unitCode) {
        String sql = "INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, deviation,"
                + " investigation, requested_until, status, created_by, created_at, updated_at, version)"
                + " SELECT u.id, r.id, 'Utan utredning i tabellen', 'Krav', 'Avvikelse', '', '2026-12-31', 'UTKAST',"
                + " 'agare.bromma', NOW(3), NOW(3), 0 FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA'"
                + " WHERE u.code = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, unitCode);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            if (!c.getAutoCommit()) {
                c.commit(); // the pool may hand out connections without auto-commit
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
