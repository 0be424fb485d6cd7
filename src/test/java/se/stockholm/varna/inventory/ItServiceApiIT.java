package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** It-tjänster through the API: systemägare in scope, third-country rule, links to informationsmängder. */
@MicronautTest
class ItServiceApiIT extends ServerBackedTest {

    String owner;
    long forvSocial;

    @BeforeAll
    void setUp() {
        owner = Tokens.user("systemagare.social");
        forvSocial = unitId("FORV-SOCIAL");
    }

    @Test
    void systemagareRegistersLinksAndUnlinksInScope() {
        var created =
                api().post("/api/v1/it-services", owner, service("Kallelsesystem", forvSocial, "STADENS", List.of()));
        assertEquals(201, created.status(), created.body());
        long id = ((Number) created.map().get("id")).longValue();
        assertEquals("Socialnämnden", created.map().get("responsibleOrgName"));
        long asset = assetId("Statistik om hemlöshet");
        var linked = api().put("/api/v1/it-services/" + id + "/information-assets/" + asset, owner, "");
        assertEquals(200, linked.status(), linked.body());
        assertEquals(1, ((List<?>) linked.map().get("informationAssets")).size());
        var history = api().get("/api/v1/audit-events?entityType=ItService&entityId=" + id, Tokens.user("central"))
                .map();
        assertEquals(2L, ((Number) history.get("total")).longValue(), "CREATED and ASSET_LINKED");
        var unlinked = api().delete("/api/v1/it-services/" + id + "/information-assets/" + asset, owner);
        assertEquals(200, unlinked.status());
        assertEquals(0, ((List<?>) unlinked.map().get("informationAssets")).size());
    }

    @Test
    void thirdCountryHostingNeedsCountriesAndShowsInTheThirdCountryView() {
        var missing = api().post(
                        "/api/v1/it-services",
                        owner,
                        service("Molntjänst utan land", forvSocial, "TREDJELAND", List.of()));
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("\"field\":\"countries\""), missing.body());
        var notThird =
                api().post("/api/v1/it-services", owner, service("Egen med land", forvSocial, "EGEN", List.of("US")));
        assertEquals(400, notThird.status());
        var ok = api().post(
                        "/api/v1/it-services",
                        owner,
                        service("Översättningstjänst", forvSocial, "TREDJELAND", List.of("US", "IN")));
        assertEquals(201, ok.status(), ok.body());
        var view = api().get("/api/v1/it-services?thirdCountryOrCloud=true&size=200", Tokens.user("central"))
                .map();
        List<String> names = ((List<?>) view.get("items"))
                .stream().map(i -> (String) ((Map<?, ?>) i).get("name")).toList();
        assertTrue(names.containsAll(List.of("Översättningstjänst", "Enkätverktyg (SaaS)")), names.toString());
        assertTrue(!names.contains("Procapita"), "stadens drift without cloud is not in the view");
    }

    @Test
    void scopeRolesAndStaleVersionsAreEnforced() {
        long procapita = serviceId("Procapita");
        assertEquals(
                404,
                api().get("/api/v1/it-services/" + procapita, Tokens.user("lasare.farsta"))
                        .status());
        assertEquals(
                0L,
                ((Number) api().get("/api/v1/it-services?q=Procapita", Tokens.user("agare.bromma"))
                                .map()
                                .get("total"))
                        .longValue());
        assertEquals(
                404,
                api().get("/api/v1/it-services/" + procapita, Tokens.user("systemagare.service"))
                        .status());
        assertEquals(
                403,
                api().post(
                                "/api/v1/it-services",
                                Tokens.user("agare.social"),
                                service("X", forvSocial, "EGEN", List.of()))
                        .status());
        assertEquals(403, api().get("/api/v1/it-services", Tokens.ilsClient()).status());
        long brommaAsset = assetId("Hemtjänstens genomförandeplaner");
        assertEquals(
                404,
                api().put("/api/v1/it-services/" + procapita + "/information-assets/" + brommaAsset, owner, "")
                        .status(),
                "an asset outside the scope cannot be linked");
        var current = api().get("/api/v1/it-services/" + procapita, owner).map();
        Map<String, Object> change = service("Procapita IFO", forvSocial, "STADENS", List.of());
        change.put("version", current.get("version"));
        assertEquals(
                200,
                api().put("/api/v1/it-services/" + procapita, owner, change).status());
        var stale = api().put("/api/v1/it-services/" + procapita, owner, change);
        assertEquals(409, stale.status());
    }

    @Test
    void aServiceNamesItsSupplierInScopeAndTheUnitsThatUseIt() {
        long ours = supplier(owner, "Socialens leverantör AB", forvSocial);
        long theirs = supplier(Tokens.user("systemagare.service"), "Servicens leverantör AB", unitId("FN-SERVICE"));
        long bromma = unitId("SDN-BROMMA");
        long farsta = unitId("SDN-FARSTA");
        long eventsBefore = auditTotal();

        Map<String, Object> outOfScope = service("Avvisadtjänst ett", forvSocial, "EXTERN_SE", List.of());
        outOfScope.put("supplierId", theirs);
        var refused = api().post("/api/v1/it-services", owner, outOfScope);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("\"field\":\"supplierId\""), refused.body());

        Map<String, Object> unknownUnit = service("Avvisadtjänst två", forvSocial, "EXTERN_SE", List.of());
        unknownUnit.put("usedByOrgUnitIds", List.of(bromma, 987654321L));
        var refusedUnit = api().post("/api/v1/it-services", owner, unknownUnit);
        assertEquals(400, refusedUnit.status());
        assertTrue(refusedUnit.body().contains("\"field\":\"usedBy\""), refusedUnit.body());
        assertEquals(eventsBefore, auditTotal(), "refused input writes no audit event");
        assertEquals(
                0L,
                ((Number) api().get("/api/v1/it-services?q=Avvisadtj", Tokens.user("central"))
                                .map()
                                .get("total"))
                        .longValue(),
                "and no row");

        Map<String, Object> ok = service("Hemtjänstplanering", forvSocial, "EXTERN_SE", List.of());
        ok.put("supplierId", ours);
        ok.put("usedByOrgUnitIds", List.of(farsta, bromma, bromma));
        var created = api().post("/api/v1/it-services", owner, ok);
        assertEquals(201, created.status(), created.body());
        assertEquals("Socialens leverantör AB", created.map().get("supplierName"));
        List<?> users = (List<?>) created.map().get("usedBy");
        assertEquals(
                List.of("Bromma stadsdelsnämnd", "Farsta stadsdelsnämnd"),
                users.stream().map(u -> ((Map<?, ?>) u).get("name")).toList());

        long id = ((Number) created.map().get("id")).longValue();
        ok.put("usedByOrgUnitIds", List.of(farsta));
        ok.remove("supplierId");
        ok.put("version", created.map().get("version"));
        var changed = api().put("/api/v1/it-services/" + id, owner, ok);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(1, ((List<?>) changed.map().get("usedBy")).size());
        assertEquals(null, changed.map().get("supplierName"));
    }

    private long supplier(String token, String name, long unit) {
        var created =
                api().post("/api/v1/suppliers", token, Map.of("name", name, "orgUnitId", unit, "dpaInPlace", true));
        assertEquals(201, created.status(), created.body());
        return ((Number) created.map().get("id")).longValue();
    }

    private long auditTotal() {
        return ((Number) api().get("/api/v1/audit-events?size=1", Tokens.user("central"))
                        .map()
                        .get("total"))
                .longValue();
    }

    private Map<String, Object> service(String name, long unit, String hosting, List<String> countries) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("orgUnitId", unit);
        m.put("ownerUsername", "systemagare.social");
        m.put("hosting", hosting);
        m.put("cloud", false);
        m.put("countries", countries);
        return m;
    }

    private long unitId(String code) {
        return first("/api/v1/org-units?size=200&q=" + code, Tokens.user("central"), "code", code);
    }

    private long assetId(String name) {
        return first("/api/v1/information-assets?size=200", Tokens.user("central"), "name", name);
    }

    private long serviceId(String name) {
        return first("/api/v1/it-services?size=200", Tokens.user("central"), "name", name);
    }

    private long first(String path, String token, String key, String value) {
        var items = (List<?>) api().get(path, token).map().get("items");
        return items.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> value.equals(u.get(key)))
                .map(u -> ((Number) u.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + value));
    }
}
