package se.stockholm.varna.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** Real Keycloak tokens: only a current token of realm varna, issued for the API audience, gets in. */
@MicronautTest
class TokenValidationIT extends ServerBackedTest {

    @Test
    void noTokenIsRefusedWithProblemJson() {
        var answer = api().get("/api/v1/org-units", null);
        assertEquals(401, answer.status());
        assertTrue(answer.isProblem(), answer.contentType());
        assertEquals("urn:varna:problem:unauthorized", answer.map().get("type"));
    }

    @Test
    void garbageTokenIsRefused() {
        assertEquals(
                401,
                api().get("/api/v1/me", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                        .status());
    }

    @Test
    void tokenFromAnotherRealmIsRefused() {
        String other = Tokens.password("annan", "varna-cli", "admin", "admin");
        assertEquals(401, api().get("/api/v1/org-units", other).status());
    }

    @Test
    void tokenWithoutTheApiAudienceIsRefused() {
        String noAudience = Tokens.password("varna", "admin-cli", "admin", "admin");
        assertEquals(401, api().get("/api/v1/org-units", noAudience).status());
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        String shortLived = Tokens.password("varna", "varna-test-kortlivad", "admin", "admin");
        assertEquals(200, api().get("/api/v1/me", shortLived).status(), "fresh token works");
        Thread.sleep(2_500);
        assertEquals(401, api().get("/api/v1/me", shortLived).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void meShowsRealmRolesAndGroupScope() {
        var me = api().get("/api/v1/me", Tokens.user("granskare")).map();
        assertEquals("granskare", me.get("username"));
        assertEquals(List.of("granskare"), me.get("roles"), "Keycloak's default roles are dropped");
        assertEquals(false, me.get("cityWide"));
        var codes = ((List<Map<String, Object>>) me.get("scopeUnits"))
                .stream().map(u -> u.get("code")).sorted().toList();
        assertEquals(List.of("SDN-BROMMA", "SDN-FARSTA"), codes);
    }

    @Test
    void centralSamordnareIsCityWideAndIlsClientHasOnlyItsRole() {
        assertEquals(true, api().get("/api/v1/me", Tokens.user("central")).map().get("cityWide"));
        var ils = api().get("/api/v1/me", Tokens.ilsClient()).map();
        assertEquals(List.of("ils-klient"), ils.get("roles"));
    }
}
