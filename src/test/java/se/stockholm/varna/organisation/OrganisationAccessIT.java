package se.stockholm.varna.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** Every organisation endpoint answers 403 to a role that may not use it, and changes nothing. */
@MicronautTest
class OrganisationAccessIT extends ServerBackedTest {
    OrgApiSteps steps;
    long bromma;
    long version;

    @BeforeAll
    void client() {
        steps = new OrgApiSteps(api());
        var unit = steps.unit("SDN-BROMMA", Tokens.user("central"));
        bromma = ((Number) unit.get("id")).longValue();
        version = ((Number) unit.get("version")).longValue();
    }

    @Test
    void ilsClientMayUseNoOrganisationEndpoint() {
        String ils = Tokens.ilsClient();
        assertForbiddenEverywhere(ils);
    }

    @Test
    void userWithoutAVarnaRoleMayUseNoOrganisationEndpoint() {
        assertForbiddenEverywhere(Tokens.user("utan.roll"));
    }

    @Test
    void onlyAdminMayChangeTheTree() {
        for (String user : new String[] {
            "central",
            "samordnare.bromma",
            "agare.bromma",
            "systemagare.service",
            "granskare",
            "undantag",
            "lasare.farsta"
        }) {
            String token = Tokens.user(user);
            assertForbidden(
                    api().post(
                                    "/api/v1/org-units",
                                    token,
                                    newUnit("X-" + user.toUpperCase().replace('.', '-'))),
                    user);
            assertForbidden(
                    api().put("/api/v1/org-units/" + bromma, token, Map.of("name", "Nytt namn", "version", version)),
                    user);
            assertForbidden(
                    api().post("/api/v1/org-units/" + bromma + "/close", token, Map.of("version", version)), user);
        }
        var unchanged = steps.unit("SDN-BROMMA", Tokens.user("central"));
        assertEquals("Bromma stadsdelsnämnd", unchanged.get("name"));
        assertEquals(version, ((Number) unchanged.get("version")).longValue());
    }

    private void assertForbiddenEverywhere(String token) {
        assertForbidden(api().get("/api/v1/org-units", token), "list");
        assertForbidden(api().get("/api/v1/org-units/" + bromma, token), "get");
        assertForbidden(api().get("/api/v1/org-units/" + bromma + "/subtree", token), "subtree");
        assertForbidden(api().get("/api/v1/org-units/" + bromma + "/history", token), "history");
        assertForbidden(api().get("/api/v1/verksamhetsomraden", token), "verksamhetsomraden");
        assertForbidden(api().post("/api/v1/org-units", token, newUnit("X-FORBIDDEN")), "create");
        assertForbidden(
                api().put("/api/v1/org-units/" + bromma, token, Map.of("name", "x", "version", version)), "update");
        assertForbidden(
                api().post("/api/v1/org-units/" + bromma + "/close", token, Map.of("version", version)), "close");
    }

    private void assertForbidden(ApiClient.Answer answer, String what) {
        assertEquals(403, answer.status(), what + ": " + answer.body());
        assertTrue(answer.isProblem(), what);
        assertEquals("urn:varna:problem:forbidden", answer.map().get("type"), what);
    }

    private Map<String, Object> newUnit(String code) {
        return Map.of("code", code, "name", "Ny enhet", "kind", "ENHET", "parentId", bromma);
    }
}
