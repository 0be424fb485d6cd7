package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.varna.risk.MatrixBodies.count;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/**
 * The risk matrix as data through the API: the admin configures a 5×5 matrix without code, bad bodies
 * are refused whole, publishing supersedes the previous version, and the heatmap counts each risk on
 * the matrix it was assessed with, inside the caller's scope. Risks are written with SQL: the risk
 * API is not part of this test. Whatever a test publishes, the class ends with a published 4×4 equal
 * to the city's default.
 */
@MicronautTest
class RiskMatrixApiIT extends ServerBackedTest {

    static final String MATRICES = "/api/v1/risk-matrices";
    static final String HEATMAP = "/api/v1/risk-heatmap";

    @Inject
    DataSource dataSource;

    RiskRows rows;
    String admin;
    String central;

    @BeforeAll
    void setUp() {
        rows = new RiskRows(dataSource);
        admin = Tokens.user("admin");
        central = Tokens.user("central");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> published() {
        return api().get(MATRICES, central).list().stream()
                .map(m -> (Map<String, Object>) m)
                .filter(m -> "PUBLICERAD".equals(m.get("status")))
                .findFirst()
                .orElseThrow();
    }

    static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    Map<String, Object> heatmap(String token, String query) {
        var answer = api().get(HEATMAP + query, token);
        assertEquals(200, answer.status(), answer.body());
        return answer.map();
    }

    @Test
    void theDefaultMatrixIsThe4x4OfTheCityAndAnyPersonReadsIt() {
        var matrix = api().get(MATRICES + "/" + id(published()), Tokens.user("lasare.farsta"));
        assertEquals(200, matrix.status(), matrix.body());
        var body = matrix.map();
        assertEquals(4, ((List<?>) body.get("likelihood")).size());
        assertEquals(4, ((List<?>) body.get("consequence")).size());
        assertEquals(16, ((List<?>) body.get("cells")).size());
        assertTrue(matrix.body().contains("\"name\":\"Mycket sannolik\""), matrix.body());
        assertTrue(matrix.body().contains("\"code\":\"MYCKET_HOG\""), matrix.body());
        assertEquals(404, api().get(MATRICES + "/999999", central).status());
        assertEquals(403, api().get(MATRICES, Tokens.ilsClient()).status(), "the ILS client reads reports only");
        assertEquals(403, api().get(HEATMAP, Tokens.ilsClient()).status());
    }

    @Test
    void onlyTheAdminCreatesPublishesOrDeletesAMatrix() {
        Map<String, Object> body = MatrixBodies.product5x5("Riskmatris 5×5, obehörig");
        for (String user : List.of("central", "samordnare.bromma", "agare.bromma", "granskare")) {
            assertEquals(403, api().post(MATRICES, Tokens.user(user), body).status(), user);
        }
        long current = id(published());
        assertEquals(
                403,
                api().post(MATRICES + "/" + current + "/publish", central, Map.of("version", 0))
                        .status());
        assertEquals(403, api().delete(MATRICES + "/" + current, central).status());
    }

    @Test
    void anInvalidMatrixIsRefusedWithFieldErrorsAndNothingIsStored() {
        int before = api().get(MATRICES, central).list().size();

        Map<String, Object> missing = MatrixBodies.product5x5("Riskmatris 5×5 utan en ruta");
        @SuppressWarnings("unchecked")
        var cells = new ArrayList<>((List<Object>) missing.get("cells"));
        cells.remove(7); // likelihood 2, consequence 3
        missing.put("cells", cells);
        var refused = api().post(MATRICES, admin, missing);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.contentType());
        assertTrue(refused.body().contains("\"field\":\"cells\""), refused.body());
        assertTrue(refused.body().contains("sannolikhet 2, konsekvens 3"), refused.body());

        Map<String, Object> falling = MatrixBodies.product5x5("Riskmatris 5×5 med fallande nivå");
        @SuppressWarnings("unchecked")
        var top = (Map<String, Object>) ((List<Object>) falling.get("cells")).get(24);
        top.put("band", "LAG"); // likelihood 5, consequence 5
        var fallingAnswer = api().post(MATRICES, admin, falling);
        assertEquals(400, fallingAnswer.status(), fallingAnswer.body());
        assertTrue(fallingAnswer.body().contains("\"field\":\"cells[24].band\""), fallingAnswer.body());

        var empty = api().post(MATRICES, admin, Map.of());
        assertEquals(400, empty.status(), empty.body());
        for (String field : List.of("name", "likelihood", "consequence", "bands")) {
            assertTrue(empty.body().contains("\"field\":\"" + field + "\""), field + " in " + empty.body());
        }
        assertEquals(before, api().get(MATRICES, central).list().size(), "nothing stored");
    }

    @Test
    void anAdminPublishesA5x5MatrixAndEveryRiskIsCountedOnTheMatrixItWasAssessedWith() {
        String bromma = Tokens.user("agare.bromma");
        Map<String, Object> old = published();
        long oldId = id(old);
        var before = heatmap(central, "");
        var brommaBefore = heatmap(bromma, "");
        var residualBefore = heatmap(central, "?kind=KVARVARANDE");
        long oldRisk = rows.risk("Före 5×5", "ENH-BROMMA-HEMTJANST", "SDN-BROMMA", oldId, "BEDOMD");
        rows.assess(oldRisk, "INNEBOENDE", 3, 3, "MYCKET_HOG");
        rows.assess(oldRisk, "KVARVARANDE", 2, 2, "MEDEL");

        var draft = api().post(MATRICES, admin, MatrixBodies.product5x5("Riskmatris 5×5 IT"));
        assertEquals(201, draft.status(), draft.body());
        long draftId = id(draft.map());
        assertEquals("UTKAST", draft.map().get("status"));
        assertEquals(
                ((Number) old.get("versionNo")).intValue() + 1,
                ((Number) draft.map().get("versionNo")).intValue());
        assertEquals(25, ((List<?>) draft.map().get("cells")).size());
        assertEquals(
                409,
                api().post(MATRICES, admin, MatrixBodies.product5x5("Ett utkast till"))
                        .status(),
                "one draft at a time");
        assertFalse(MatrixBodies.gridMatrixIds(heatmap(central, "")).contains(draftId), "a draft counts nothing");
        assertEquals(oldId, id(published()), "a draft changes nothing");

        publish(draftId, ((Number) draft.map().get("version")).longValue());
        assertEquals("ERSATT", api().get(MATRICES + "/" + oldId, central).map().get("status"));
        assertEquals(409, api().delete(MATRICES + "/" + draftId, admin).status(), "published: never deleted");
        assertEquals(409, api().delete(MATRICES + "/" + oldId, admin).status(), "superseded: never deleted");

        long brommaRisk = rows.risk("Efter 5×5, Bromma", "ENH-BROMMA-HEMTJANST", "SDN-BROMMA", draftId, "BEDOMD");
        rows.assess(brommaRisk, "INNEBOENDE", 5, 5, "MYCKET_HOG");
        rows.assess(brommaRisk, "KVARVARANDE", 4, 2, "MEDEL");
        long farstaRisk =
                rows.risk("Efter 5×5, Farsta", "ENH-FARSTA-FORSKOLA-HOKARANGEN", "SDN-FARSTA", draftId, "GRANSKAD");
        rows.assess(farstaRisk, "INNEBOENDE", 5, 5, "MYCKET_HOG");
        long closed = rows.risk("Stängd", "ENH-BROMMA-HEMTJANST", "SDN-BROMMA", draftId, "STANGD");
        rows.assess(closed, "INNEBOENDE", 5, 5, "MYCKET_HOG");
        rows.risk("Ännu inte bedömd", "ENH-BROMMA-HEMTJANST", "SDN-BROMMA", draftId, "IDENTIFIERAD");

        var all = heatmap(central, "");
        assertEquals("INNEBOENDE", all.get("kind"), "the default kind");
        assertEquals(List.of(draftId, oldId), MatrixBodies.gridMatrixIds(all).subList(0, 2), "newest first");
        assertEquals(2, count(all, draftId, 5, 5), "Bromma and Farsta; the closed risk is not counted");
        assertEquals(count(before, oldId, 3, 3) + 1, count(all, oldId, 3, 3), "the old risk keeps the 4×4");
        assertEquals(0, count(all, draftId, 3, 3));
        assertEquals(((Number) before.get("unassessed")).intValue() + 1, ((Number) all.get("unassessed")).intValue());

        var scoped = heatmap(bromma, "");
        assertEquals(1, count(scoped, draftId, 5, 5), "agare.bromma sees only Bromma's risks");
        assertEquals(count(brommaBefore, oldId, 3, 3) + 1, count(scoped, oldId, 3, 3));
        long farsta = rows.unitId("SDN-FARSTA");
        assertEquals(404, api().get(HEATMAP + "?orgUnitId=" + farsta, bromma).status(), "outside the scope");
        assertEquals(1, count(heatmap(central, "?orgUnitId=" + farsta), draftId, 5, 5));
        long hemtjanst = rows.unitId("ENH-BROMMA-HEMTJANST");
        var unit = heatmap(central, "?orgUnitId=" + hemtjanst + "&kind=INNEBOENDE");
        assertEquals(1, count(unit, draftId, 5, 5), "the subtree of the unit only");
        assertEquals(hemtjanst, ((Number) unit.get("orgUnitId")).longValue());

        var residual = heatmap(central, "?kind=KVARVARANDE");
        assertEquals(1, count(residual, draftId, 4, 2));
        assertEquals(count(residualBefore, oldId, 2, 2) + 1, count(residual, oldId, 2, 2));
        var wrongKind = api().get(HEATMAP + "?kind=HOG", central);
        assertEquals(400, wrongKind.status(), wrongKind.body());
        assertTrue(wrongKind.body().contains("\"field\":\"kind\""), wrongKind.body());

        assertEquals(
                4, ((Number) api().get(MATRICES + "/" + draftId, central).map().get("riskCount")).intValue());
        var events = api().get("/api/v1/audit-events?entityType=RiskMatrix&entityId=" + draftId, central);
        assertTrue(events.body().contains("\"action\":\"CREATED\""), events.body());
        assertTrue(events.body().contains("\"action\":\"PUBLISHED\""), events.body());
        var superseded = api().get("/api/v1/audit-events?entityType=RiskMatrix&entityId=" + oldId, central);
        assertTrue(superseded.body().contains("\"action\":\"SUPERSEDED\""), superseded.body());

        restoreTheDefault4x4(old);
    }

    @Test
    void aDraftCanBeDeletedAndAStalePublicationIsAConflict() {
        Map<String, Object> current = published();
        var draft = api().post(MATRICES, admin, MatrixBodies.copyOf(current));
        assertEquals(201, draft.status(), draft.body());
        long draftId = id(draft.map());
        long version = ((Number) draft.map().get("version")).longValue();
        var stale = api().post(MATRICES + "/" + draftId + "/publish", admin, Map.of("version", version + 1));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem());
        assertEquals(
                "UTKAST", api().get(MATRICES + "/" + draftId, central).map().get("status"));
        assertEquals(403, api().delete(MATRICES + "/" + draftId, central).status());
        assertEquals(204, api().delete(MATRICES + "/" + draftId, admin).status());
        assertEquals(404, api().get(MATRICES + "/" + draftId, central).status());
        assertEquals(id(current), id(published()), "the published version is untouched");
        var events = api().get("/api/v1/audit-events?entityType=RiskMatrix&entityId=" + draftId, central);
        assertTrue(events.body().contains("\"action\":\"DELETED\""), events.body());
    }

    private Map<String, Object> publish(long id, long version) {
        String path = MATRICES + "/" + id + "/publish";
        var published = api().post(path, admin, Map.of("version", version));
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLICERAD", published.map().get("status"));
        assertEquals(
                409,
                api().post(path, admin, Map.of("version", published.map().get("version")))
                        .status(),
                "published once");
        assertEquals(id, id(published()));
        return published.map();
    }

    /** Other tests assume the city's 4×4: publish a copy of it as the newest version. */
    private void restoreTheDefault4x4(Map<String, Object> fourByFour) {
        var copy = api().post(MATRICES, admin, MatrixBodies.copyOf(fourByFour));
        assertEquals(201, copy.status(), copy.body());
        publish(id(copy.map()), ((Number) copy.map().get("version")).longValue());
        var now = published();
        assertEquals(16, ((List<?>) now.get("cells")).size());
        assertEquals(fourByFour.get("cells"), now.get("cells"));
        assertEquals(fourByFour.get("bands"), now.get("bands"));
    }
}
