package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/**
 * Risk candidates through the API: raised from a handlingsplan gap and from hosting without a
 * decision, dismissed with a motivation and not raised again until the cause changes, accepted as a
 * risk in the same transaction, and who may triage what (403 by role, 404 out of scope, 409 stale).
 */
@MicronautTest
class RiskCandidateApiIT extends ServerBackedTest {

    RiskCandidateTestData data;
    String owner;
    String central;
    long asset;

    @BeforeAll
    void setUp() {
        data = new RiskCandidateTestData(api());
        owner = Tokens.user(RiskCandidateTestData.OWNER);
        central = Tokens.user("central");
        asset = data.decidedAsset("Riskkandidater akter");
    }

    @Test
    void aGapIsACandidateADismissedOneStaysDismissedUntilTheAssessmentChangesAndThenItBecomesARisk() {
        long service = data.service("Riskkandidater gap", "STADENS", List.of(), asset);
        String code = data.firstRequirement(service);
        long assessed = data.assess(service, code, "EJ_UPPFYLLT", "Ingen behörighetsstyrning finns.", 0);

        Map<String, Object> raised = data.candidate(owner, service, code)
                .orElseThrow(() -> new AssertionError(api().get("/api/v1/risk-candidates?status=ALLA&size=200", owner)
                        .body()));
        long id = ((Number) raised.get("id")).longValue();
        assertEquals("NY", raised.get("status"));
        assertEquals("HANDLINGSPLAN", raised.get("kind"));
        assertEquals("EJ_UPPFYLLT", raised.get("assessmentStatus"));
        assertEquals("Ingen behörighetsstyrning finns.", raised.get("detail"));
        assertTrue(((String) raised.get("title")).contains(code), raised.toString());
        String path = "/api/v1/risk-candidates/" + id;
        var listedNew = api().get("/api/v1/risk-candidates", owner);
        assertTrue(listedNew.body().contains("\"id\":" + id + ","), "NY is the default tab: " + listedNew.body());

        Object version = raised.get("version");
        var noMotivation = api().post(path + "/dismiss", owner, Map.of("version", version));
        assertEquals(400, noMotivation.status(), noMotivation.body());
        assertTrue(noMotivation.body().contains("\"field\":\"motivation\""), noMotivation.body());
        var blank = api().post(path + "/dismiss", owner, Map.of("motivation", "   ", "version", version));
        assertEquals(400, blank.status(), blank.body());
        var unchanged = api().get(path, owner).map();
        assertEquals("NY", unchanged.get("status"), "a refused dismissal writes nothing");
        assertEquals(version, unchanged.get("version"));

        Map<String, Object> dismissal =
                Map.of("motivation", "Kompenseras av manuell kontroll varje vecka.", "version", version);
        assertEquals(
                403,
                api().post(path + "/dismiss", Tokens.user("lasare.farsta"), dismissal)
                        .status());
        assertEquals(
                403,
                api().post(path + "/dismiss", Tokens.user(RiskCandidateTestData.SYSTEM), dismissal)
                        .status(),
                "the systemägare assesses, the owner or samordnare triages");
        assertEquals(
                404,
                api().post(path + "/dismiss", Tokens.user("samordnare.farsta"), dismissal)
                        .status(),
                "a Social candidate is outside Farsta");
        assertEquals(404, api().get(path, Tokens.user("lasare.farsta")).status());

        var dismissed = api().post(path + "/dismiss", owner, dismissal);
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals("AVFARDAD", dismissed.map().get("status"));
        assertEquals(RiskCandidateTestData.OWNER, dismissed.map().get("decidedBy"));
        assertEquals(
                409,
                api().post(path + "/dismiss", owner, dismissal).status(),
                "a handled candidate is not dismissed twice");

        var again = data.candidate(owner, service, code).orElseThrow();
        assertEquals("AVFARDAD", again.get("status"), "the same cause does not come back after a sync");
        assertEquals(id, ((Number) again.get("id")).longValue());

        long partly = data.assess(service, code, "DELVIS", "Behörighetsstyrning finns för de flesta roller.", assessed);
        var back = data.candidate(owner, service, code).orElseThrow();
        assertEquals("NY", back.get("status"), "a changed cause brings it back");
        assertEquals(id, ((Number) back.get("id")).longValue(), "one candidate per cause");
        assertEquals("DELVIS", back.get("assessmentStatus"));
        assertEquals("Kompenseras av manuell kontroll varje vecka.", back.get("dismissMotivation"), "kept as context");

        var stale = api().post(
                        path + "/accept",
                        owner,
                        Map.of("ownerUsername", "agare.social", "context", "LINJEVERKSAMHET", "version", version));
        assertEquals(409, stale.status(), stale.body());
        var badContext = api().post(
                        path + "/accept",
                        owner,
                        Map.of("ownerUsername", "agare.social", "context", "PROJEKT", "version", back.get("version")));
        assertEquals(400, badContext.status(), badContext.body());
        assertTrue(badContext.body().contains("\"field\":\"context\""), badContext.body());
        assertEquals(
                403,
                api().post(
                                path + "/accept",
                                Tokens.user("lasare.farsta"),
                                Map.of(
                                        "ownerUsername",
                                        "x",
                                        "context",
                                        "LINJEVERKSAMHET",
                                        "version",
                                        back.get("version")))
                        .status());

        var accepted = api().post(
                        path + "/accept",
                        central,
                        Map.of(
                                "ownerUsername",
                                "agare.social",
                                "context",
                                "LINJEVERKSAMHET",
                                "version",
                                back.get("version")));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("RISK", accepted.map().get("status"));
        assertNotNull(accepted.map().get("riskId"), accepted.body());
        assertEquals("central", accepted.map().get("decidedBy"));

        data.assess(service, code, "UPPFYLLT", "", partly);
        assertEquals(
                "RISK",
                data.candidate(owner, service, code).orElseThrow().get("status"),
                "a risk candidate stays a risk whatever its cause does");
        List<String> actions = data.auditActions(id);
        assertTrue(actions.containsAll(List.of("RAISED", "DISMISSED", "REOPENED", "ACCEPTED")), actions.toString());
        assertEquals("system", data.auditActor(id, "RAISED"), "the sync raises, as the system");
        assertEquals("central", data.auditActor(id, "ACCEPTED"));
    }

    @Test
    void aGapThatIsFixedBeforeTriageMakesTheCandidateOutdated() {
        long service = data.service("Riskkandidater åtgärdad", "STADENS", List.of(), asset);
        String code = data.firstRequirement(service);
        long version = data.assess(service, code, "DELVIS", "Delvis på plats.", 0);
        assertEquals("NY", data.candidate(owner, service, code).orElseThrow().get("status"));
        data.assess(service, code, "UPPFYLLT", "", version);
        Map<String, Object> outdated = data.candidate(owner, service, code).orElseThrow();
        assertEquals("INAKTUELL", outdated.get("status"));
        var listed = api().get("/api/v1/risk-candidates?status=INAKTUELL&size=200", owner);
        assertTrue(listed.body().contains("\"id\":" + outdated.get("id") + ","), listed.body());
        var dismiss = api().post(
                        "/api/v1/risk-candidates/" + outdated.get("id") + "/dismiss",
                        owner,
                        Map.of("motivation", "Åtgärdad.", "version", outdated.get("version")));
        assertEquals(409, dismiss.status(), "only new candidates are triaged");
    }

    @Test
    void aThirdCountryServiceWithoutADecisionIsACandidateUntilTheOwnerDecides() {
        long service = data.service("Riskkandidater tredjeland", "TREDJELAND", List.of("US"), asset);
        Map<String, Object> raised = data.candidate(owner, service, null).orElseThrow();
        assertEquals("NY", raised.get("status"));
        Map<?, ?> hosting = (Map<?, ?>) raised.get("hosting");
        assertEquals("TREDJELAND", hosting.get("hosting"));
        assertEquals(List.of("US"), hosting.get("countries"));
        assertEquals(true, hosting.get("personalData"));
        assertNull(raised.get("requirementCode"));

        var decided = api().post(
                        "/api/v1/it-services/" + service + "/hosting-decisions",
                        owner,
                        Map.of("outcome", "GODKAND_MED_VILLKOR", "conditions", "Kryptering med egen nyckel."));
        assertEquals(201, decided.status(), decided.body());
        assertEquals(
                "INAKTUELL", data.candidate(owner, service, null).orElseThrow().get("status"));
    }

    @Test
    void theListAnswers400ForAnUnknownStatusAnd404ForAUnitOutsideTheScope() {
        assertEquals(
                400, api().get("/api/v1/risk-candidates?status=KANSKE", owner).status());
        long farsta = data.unitId("SDN-FARSTA");
        assertEquals(
                404,
                api().get("/api/v1/risk-candidates?orgUnitId=" + farsta, owner).status());
        assertEquals(
                200,
                api().get("/api/v1/risk-candidates?orgUnitId=" + farsta, Tokens.user("samordnare.farsta"))
                        .status());
        assertEquals(
                403, api().get("/api/v1/risk-candidates", Tokens.ilsClient()).status());
    }
}
