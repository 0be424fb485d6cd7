package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** Informationsmängder through the API: roles, scope, validation, optimistic locking, audit. */
@MicronautTest
class InformationAssetApiIT extends ServerBackedTest {

    @Inject
    DataSource dataSource;

    String social;
    long forvSocial;

    @BeforeAll
    void setUp() {
        social = Tokens.user("agare.social");
        forvSocial = unitId("FORV-SOCIAL");
    }

    @Test
    void informationsagareRegistersInScopeAndTheChangeIsAudited() throws SQLException {
        var created = api().post("/api/v1/information-assets", social, asset("Beslut om bistånd", forvSocial));
        assertEquals(201, created.status(), created.body());
        var body = created.map();
        assertEquals(
                "Socialnämnden", body.get("responsibleOrgName"), "the ansvarig organisation is found above the unit");
        assertEquals("AKTIV", body.get("status"));
        assertEquals(
                1L,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'InformationAsset' AND entity_id = ?",
                        String.valueOf(body.get("id"))));
        assertEquals(
                200,
                api().get("/api/v1/information-assets/" + body.get("id"), Tokens.user("central"))
                        .status());
    }

    @Test
    void outOfScopeAssetsAreInvisibleByIdListSearchAndCount() {
        long id = firstId("Personakter", social);
        String bromma = Tokens.user("agare.bromma");
        var missing = api().get("/api/v1/information-assets/999999", bromma);
        var outside = api().get("/api/v1/information-assets/" + id, bromma);
        assertEquals(404, outside.status());
        assertEquals(missing.map().get("detail"), outside.map().get("detail"));
        assertEquals(0L, total("/api/v1/information-assets?q=Personakter", bromma));
        assertEquals(0L, total("/api/v1/information-assets?q=Personakter", Tokens.user("lasare.farsta")));
        long brommaTotal = total("/api/v1/information-assets?status=ALLA", bromma);
        assertTrue(brommaTotal >= 2
                && brommaTotal < total("/api/v1/information-assets?status=ALLA", Tokens.user("central")));
        assertEquals(
                404,
                api().get("/api/v1/information-assets?orgUnitId=" + forvSocial, bromma)
                        .status());
    }

    @Test
    void rolesThatMayNotChangeAssetsGet403() {
        long id = firstId("Statistik om hemlöshet", social);
        for (String user : new String[] {
            "samordnare.bromma", "central", "lasare.farsta", "granskare", "admin", "systemagare.service"
        }) {
            String token = Tokens.user(user);
            assertEquals(
                    403,
                    api().post("/api/v1/information-assets", token, asset("X", forvSocial))
                            .status(),
                    user);
            assertEquals(
                    403,
                    api().put("/api/v1/information-assets/" + id, token, update("X", forvSocial, 0))
                            .status(),
                    user);
            assertEquals(
                    403,
                    api().post("/api/v1/information-assets/" + id + "/retire", token, Map.of("version", 0))
                            .status(),
                    user);
        }
        assertEquals(
                403, api().get("/api/v1/information-assets", Tokens.ilsClient()).status());
    }

    @Test
    void invalidInputGets400WithFieldsAndWritesNothing() throws SQLException {
        long assets = count("SELECT COUNT(*) FROM information_asset", null);
        long events = count("SELECT COUNT(*) FROM audit_event", null);
        Map<String, Object> bad = asset("  ", forvSocial);
        bad.put("ownerUsername", " ");
        bad.put("personalData", "HEMLIGT");
        var answer = api().post("/api/v1/information-assets", social, bad);
        assertEquals(400, answer.status(), answer.body());
        List<String> fields = fields(answer.map());
        assertTrue(fields.containsAll(List.of("name", "ownerUsername", "personalData")), fields.toString());
        var outside = api().post("/api/v1/information-assets", social, asset("Utanför", unitId("SDN-BROMMA")));
        assertEquals(400, outside.status());
        assertEquals(List.of("orgUnitId"), fields(outside.map()));
        var root =
                api().post("/api/v1/information-assets", Tokens.user("agare.social"), asset("Roten", unitId("STHLM")));
        assertEquals(400, root.status(), "the kommun itself owns no information");
        assertEquals(
                400,
                api().get("/api/v1/information-assets?sort=storlek", social).status());
        assertEquals(assets, count("SELECT COUNT(*) FROM information_asset", null));
        assertEquals(events, count("SELECT COUNT(*) FROM audit_event", null));
    }

    @Test
    void staleUpdateIs409AndRetiredAssetsLeaveTheDefaultList() {
        var created = api().post("/api/v1/information-assets", social, asset("Tillfällig förteckning", forvSocial))
                .map();
        long id = ((Number) created.get("id")).longValue();
        assertEquals(
                200,
                api().put("/api/v1/information-assets/" + id, social, update("Förteckning A", forvSocial, 0))
                        .status());
        var stale = api().put("/api/v1/information-assets/" + id, social, update("Förteckning B", forvSocial, 0));
        assertEquals(409, stale.status());
        assertEquals("urn:varna:problem:stale-version", stale.map().get("type"));
        assertEquals(
                "Förteckning A",
                api().get("/api/v1/information-assets/" + id, social).map().get("name"));
        var retired = api().post("/api/v1/information-assets/" + id + "/retire", social, Map.of("version", 1));
        assertEquals(200, retired.status(), retired.body());
        assertEquals(0L, total("/api/v1/information-assets?q=F%C3%B6rteckning%20A", social));
        assertEquals(1L, total("/api/v1/information-assets?q=F%C3%B6rteckning%20A&status=AVVECKLAD", social));
        assertEquals(
                409,
                api().put("/api/v1/information-assets/" + id, social, update("Igen", forvSocial, 2))
                        .status());
    }

    @Test
    void fiftyParallelUpdatesWithTheSameVersionLetExactlyOneWin() throws Exception {
        long id = ((Number) api().post("/api/v1/information-assets", social, asset("Samtidigt ändrad", forvSocial))
                        .map()
                        .get("id"))
                .longValue();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String name = "Samtidigt ändrad " + i;
                calls.add(() -> api().put("/api/v1/information-assets/" + id, social, update(name, forvSocial, 0))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(49, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        var after = api().get("/api/v1/information-assets/" + id, social).map();
        assertEquals(1, ((Number) after.get("version")).intValue());
        assertEquals(
                1L,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'InformationAsset' AND action = 'CHANGED' AND entity_id = ?",
                        String.valueOf(id)));
    }

    @Test
    void filtersFindAssetsWithoutOwnerAndSortDescending() {
        String central = Tokens.user("central");
        var noOwner = api().get("/api/v1/information-assets?withoutOwner=true", central)
                .map();
        assertTrue(
                names(noOwner).contains("Diarium för nämndärenden"),
                names(noOwner).toString());
        var sorted = names(api().get(
                        "/api/v1/information-assets?sort=-name&size=200&orgUnitId=" + unitId("BOLAG-VATTEN-AVFALL"),
                        central)
                .map());
        assertEquals(List.of("Kundregister VA och avfall", "Driftdata vattenverk"), sorted);
        var sensitive = names(api().get("/api/v1/information-assets?personalData=KANSLIGA&size=200", central)
                .map());
        assertTrue(sensitive.contains("Hemtjänstens genomförandeplaner"));
        assertTrue(!sensitive.contains("Driftdata vattenverk"));
    }

    private Map<String, Object> asset(String name, long unit) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("orgUnitId", unit);
        m.put("ownerUsername", "agare.social");
        m.put("ownerName", "Ali Social");
        m.put("personalData", "PERSONUPPGIFTER");
        m.put("verksamhetsomrade", "SOCIALTJANST");
        return m;
    }

    private Map<String, Object> update(String name, long unit, long version) {
        Map<String, Object> m = asset(name, unit);
        m.put("version", version);
        return m;
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

    private long firstId(String text, String token) {
        var items = (List<?>) api().get(
                        "/api/v1/information-assets?q="
                                + text.replace(" ", "%20").replace("ö", "%C3%B6"),
                        token)
                .map()
                .get("items");
        return ((Number) ((Map<?, ?>) items.getFirst()).get("id")).longValue();
    }

    private long total(String path, String token) {
        var answer = api().get(path, token);
        assertEquals(200, answer.status(), answer.body());
        return ((Number) answer.map().get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream().map(e -> (String) e.get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(e -> (String) e.get("name")).toList();
    }

    private long count(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
