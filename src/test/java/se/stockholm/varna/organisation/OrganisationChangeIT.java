package se.stockholm.varna.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** Admin changes to the tree: create, rename, move, close; bad input and stale versions change nothing. */
@MicronautTest
class OrganisationChangeIT extends ServerBackedTest {

    @Inject
    DataSource dataSource;

    OrgApiSteps steps;
    String admin;

    @BeforeAll
    void client() {
        steps = new OrgApiSteps(api());
        admin = Tokens.user("admin");
    }

    @Test
    void adminCreatesAUnitAndTheChangeIsAudited() throws SQLException {
        long parent = steps.id("FORV-SOCIAL", admin);
        var created = api().post(
                        "/api/v1/org-units", admin, unit("AVD-SOC-STOD", "Avdelningen för stöd", "AVDELNING", parent));
        assertEquals(201, created.status(), created.body());
        var body = created.map();
        assertEquals(parent, ((Number) body.get("parentId")).longValue());
        assertEquals(3, ((Number) body.get("depth")).intValue());
        assertEquals(
                1L,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'OrgUnit' AND action = 'CREATED' AND entity_id = ?",
                        String.valueOf(body.get("id"))));
        var social = Tokens.user("agare.social");
        assertEquals(
                200,
                api().get("/api/v1/org-units/" + body.get("id"), social).status(),
                "new unit is inside FN-SOCIAL's scope");
    }

    @Test
    void invalidInputGets400AndChangesNothing() throws SQLException {
        long parent = steps.id("FORV-SERVICE", admin);
        long before = count("SELECT COUNT(*) FROM org_unit", null);
        var unknownKind = api().post("/api/v1/org-units", admin, unit("ENH-X1", "Enhet", "PLANET", parent));
        assertEquals(400, unknownKind.status());
        assertEquals("kind", steps.firstErrorField(unknownKind));
        var emptyName = api().post("/api/v1/org-units", admin, unit("ENH-X2", "   ", "ENHET", parent));
        assertEquals(400, emptyName.status());
        assertEquals("name", steps.firstErrorField(emptyName));
        var missingName =
                api().post("/api/v1/org-units", admin, Map.of("code", "ENH-X3", "kind", "ENHET", "parentId", parent));
        assertEquals(400, missingName.status(), missingName.body());
        assertTrue(missingName.isProblem());
        assertEquals("name", steps.firstErrorField(missingName));
        assertTrue(missingName.body().contains("måste anges"), "Swedish message: " + missingName.body());
        var badCode = api().post("/api/v1/org-units", admin, unit("liten kod", "Enhet", "ENHET", parent));
        assertEquals(400, badCode.status());
        assertEquals("code", steps.firstErrorField(badCode));
        var noParent =
                api().post("/api/v1/org-units", admin, Map.of("code", "ENH-X4", "name", "Enhet", "kind", "ENHET"));
        assertEquals(400, noParent.status());
        assertEquals("parentId", steps.firstErrorField(noParent));
        var notJson = api().post("/api/v1/org-units", admin, "{ inte json");
        assertEquals(400, notJson.status());
        assertTrue(notJson.isProblem());
        assertEquals(before, count("SELECT COUNT(*) FROM org_unit", null));
    }

    @Test
    void duplicateCodeIs409() throws SQLException {
        long parent = steps.id("STADSHUS", admin);
        var dup = api().post("/api/v1/org-units", admin, unit("BOLAG-STOKAB", "AB Stokab igen", "BOLAG", parent));
        assertEquals(409, dup.status());
        assertEquals("urn:varna:problem:conflict", dup.map().get("type"));
        assertEquals(1L, count("SELECT COUNT(*) FROM org_unit WHERE code = ?", "BOLAG-STOKAB"));
    }

    @Test
    void renameKeepsTheOldNameAsHistory() {
        var unit = steps.unit("FN-VAL", admin);
        long id = ((Number) unit.get("id")).longValue();
        var renamed = api().put(
                        "/api/v1/org-units/" + id,
                        admin,
                        Map.of(
                                "name",
                                "Valnämnden i Stockholm",
                                "version",
                                unit.get("version"),
                                "changedFrom",
                                "2026-01-01"));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Valnämnden i Stockholm", renamed.map().get("name"));
        var history = api().get("/api/v1/org-units/" + id + "/history", Tokens.user("central"))
                .list();
        assertEquals(1, history.size());
        var old = (Map<?, ?>) history.getFirst();
        assertEquals("Valnämnden", old.get("name"));
        assertEquals("2025-12-31", old.get("validTo"));
        assertEquals("admin", old.get("changedBy"));
    }

    @Test
    void staleUpdateIs409AndDoesNotOverwrite() {
        var unit = steps.unit("FN-KULTUR", admin);
        long id = ((Number) unit.get("id")).longValue();
        Object read = unit.get("version");
        assertEquals(
                200,
                api().put("/api/v1/org-units/" + id, admin, Map.of("name", "Kulturnämnden A", "version", read))
                        .status());
        var stale = api().put("/api/v1/org-units/" + id, admin, Map.of("name", "Kulturnämnden B", "version", read));
        assertEquals(409, stale.status());
        assertEquals("urn:varna:problem:stale-version", stale.map().get("type"));
        assertEquals("Kulturnämnden A", steps.unit("FN-KULTUR", admin).get("name"));
    }

    @Test
    void moveCarriesTheSubtreeAndRefusesCycles() {
        var avd = steps.unit("AVD-BROMMA-IFO", admin);
        long avdId = ((Number) avd.get("id")).longValue();
        long child = created("ENH-BROMMA-IFO-1", "Enhet IFO 1", "ENHET", avdId);
        var cycle = api().put(
                        "/api/v1/org-units/" + avdId,
                        admin,
                        Map.of("name", avd.get("name"), "parentId", child, "version", avd.get("version")));
        assertEquals(400, cycle.status());
        assertEquals("parentId", steps.firstErrorField(cycle));
        var self = api().put(
                        "/api/v1/org-units/" + avdId,
                        admin,
                        Map.of("name", avd.get("name"), "parentId", avdId, "version", avd.get("version")));
        assertEquals(400, self.status());
        long social = steps.id("FORV-SOCIAL", admin);
        var moved = api().put(
                        "/api/v1/org-units/" + avdId,
                        admin,
                        Map.of("name", avd.get("name"), "parentId", social, "version", avd.get("version")));
        assertEquals(200, moved.status(), moved.body());
        var subtree =
                api().get("/api/v1/org-units/" + social + "/subtree", admin).list();
        assertTrue(
                subtree.stream().anyMatch(u -> "ENH-BROMMA-IFO-1".equals(((Map<?, ?>) u).get("code"))),
                "child moved along");
        assertEquals(
                404,
                api().get("/api/v1/org-units/" + child, Tokens.user("samordnare.bromma"))
                        .status(),
                "left Bromma's scope");
        assertEquals(
                200,
                api().get("/api/v1/org-units/" + child, Tokens.user("agare.social"))
                        .status(),
                "entered Social's scope");
        assertEquals(4, ((Number) steps.unit("ENH-BROMMA-IFO-1", admin).get("depth")).intValue());
    }

    @Test
    void closeEndsAUnitButKeepsItReadable() {
        long parent = steps.id("FN-IDROTT", admin);
        long id = created("FORV-IDROTT-TEST", "Idrottsförvaltningen (test)", "FORVALTNING", parent);
        long child = created("ENH-IDROTT-TEST", "Enhet (test)", "ENHET", id);
        var withChildren = api().post("/api/v1/org-units/" + id + "/close", admin, Map.of("version", 0));
        assertEquals(409, withChildren.status(), "open children block closing");
        var closedChild = api().post(
                        "/api/v1/org-units/" + child + "/close", admin, Map.of("version", 0, "validTo", "2026-06-30"));
        assertEquals(200, closedChild.status(), closedChild.body());
        assertEquals("2026-06-30", closedChild.map().get("validTo"));
        var again = api().post(
                        "/api/v1/org-units/" + child + "/close",
                        admin,
                        Map.of("version", closedChild.map().get("version")));
        assertEquals(409, again.status());
        assertEquals(200, api().get("/api/v1/org-units/" + child, admin).status(), "closed units stay readable");
        List<String> open =
                steps.codes(api().get("/api/v1/org-units?q=IDROTT-TEST", admin).map());
        assertEquals(List.of("FORV-IDROTT-TEST"), open, "closed units are left out by default");
    }

    private long created(String code, String name, String kind, long parent) {
        var answer = api().post("/api/v1/org-units", admin, unit(code, name, kind, parent));
        assertEquals(201, answer.status(), answer.body());
        return ((Number) answer.map().get("id")).longValue();
    }

    private static Map<String, Object> unit(String code, String name, String kind, long parent) {
        Map<String, Object> m = new HashMap<>();
        m.put("validFrom", "2025-01-01");
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("parentId", parent);
        return m;
    }

    private long count(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertNotNull(rs);
                return rs.getLong(1);
            }
        }
    }
}
