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

/** Leverantörer through the API: systemägare in scope, organisationsnummer and contract rules, retiring, 409. */
@MicronautTest
class SupplierApiIT extends ServerBackedTest {

    String owner;
    long forvSocial;

    @BeforeAll
    void setUp() {
        owner = Tokens.user("systemagare.social");
        var items = (List<?>) api().get("/api/v1/org-units?q=FORV-SOCIAL", Tokens.user("central"))
                .map()
                .get("items");
        forvSocial = ((Number) ((Map<?, ?>) items.getFirst()).get("id")).longValue();
    }

    @Test
    void systemagareRegistersASupplierWithContractsAndChangesItOnce() {
        Map<String, Object> body = supplier("Tieto Sverige AB", "556016-0680");
        body.put(
                "contracts",
                List.of(Map.of("reference", "SOF 2024/112", "startsOn", "2024-01-01", "endsOn", "2027-12-31")));
        var created = api().post("/api/v1/suppliers", owner, body);
        assertEquals(201, created.status(), created.body());
        long id = ((Number) created.map().get("id")).longValue();
        assertEquals(1, ((List<?>) created.map().get("contracts")).size());
        body.put("version", 0);
        body.put("dpaInPlace", true);
        body.put("contracts", List.of());
        var changed = api().put("/api/v1/suppliers/" + id, owner, body);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(true, changed.map().get("dpaInPlace"));
        assertEquals(
                0, ((List<?>) changed.map().get("contracts")).size(), "the contracts sent replace the stored ones");
        assertEquals(409, api().put("/api/v1/suppliers/" + id, owner, body).status(), "stale version");
        assertEquals(
                404,
                api().get("/api/v1/suppliers/" + id, Tokens.user("lasare.farsta"))
                        .status());
        assertEquals(
                0L,
                ((Number) api().get("/api/v1/suppliers?q=Tieto", Tokens.user("agare.bromma"))
                                .map()
                                .get("total"))
                        .longValue());
        assertEquals(
                1L,
                ((Number) api().get("/api/v1/suppliers?q=Tieto", Tokens.user("agare.social"))
                                .map()
                                .get("total"))
                        .longValue());
    }

    @Test
    void invalidOrganisationNumberAndBackwardContractAre400() {
        Map<String, Object> body = supplier("Felaktig AB", "556016-0681");
        body.put("contracts", List.of(Map.of("reference", "X", "startsOn", "2025-01-01", "endsOn", "2024-01-01")));
        var answer = api().post("/api/v1/suppliers", owner, body);
        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"organisationNumber\""), answer.body());
        assertTrue(answer.body().contains("\"field\":\"contracts[0].endsOn\""), answer.body());
        assertEquals(
                0L,
                ((Number) api().get("/api/v1/suppliers?q=Felaktig", Tokens.user("central"))
                                .map()
                                .get("total"))
                        .longValue());
        assertEquals(
                403,
                api().post("/api/v1/suppliers", Tokens.user("agare.social"), supplier("Y AB", null))
                        .status());
    }

    @Test
    void systemagareInScopeRetiresASupplierWhichIsAuditedAndCannotBeChangedAfterwards() {
        var created = api().post("/api/v1/suppliers", owner, supplier("Arkivtjänst Söder AB", "212000-0142"));
        assertEquals(201, created.status(), created.body());
        long id = ((Number) created.map().get("id")).longValue();
        String retire = "/api/v1/suppliers/" + id + "/retire";
        assertEquals(
                403,
                api().post(retire, Tokens.user("lasare.farsta"), Map.of("version", 0))
                        .status(),
                "a läsare may not retire");
        assertEquals(
                404,
                api().post(retire, Tokens.user("systemagare.service"), Map.of("version", 0))
                        .status(),
                "a systemägare outside the scope does not see it");
        var stale = api().post(retire, owner, Map.of("version", 7));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem(), stale.body());

        var retired = api().post(retire, owner, Map.of("version", 0));
        assertEquals(200, retired.status(), retired.body());
        assertEquals("AVVECKLAD", retired.map().get("status"));
        var history =
                (List<?>) api().get("/api/v1/audit-events?entityType=Supplier&entityId=" + id, Tokens.user("central"))
                        .map()
                        .get("items");
        assertTrue(history.stream().anyMatch(e -> "RETIRED".equals(((Map<?, ?>) e).get("action"))), history.toString());

        long version = ((Number) retired.map().get("version")).longValue();
        Map<String, Object> change = supplier("Arkivtjänst Söder AB", "212000-0142");
        change.put("version", version);
        var changed = api().put("/api/v1/suppliers/" + id, owner, change);
        assertEquals(409, changed.status(), "a retired supplier cannot be changed: " + changed.body());
        assertEquals(409, api().post(retire, owner, Map.of("version", version)).status(), "nor retired twice");
        assertEquals(
                "AVVECKLAD",
                api().get("/api/v1/suppliers/" + id, owner).map().get("status"),
                "it is kept, never deleted");
        assertEquals(
                1L,
                ((Number) api().get("/api/v1/suppliers?status=AVVECKLAD&q=Arkivtj", owner)
                                .map()
                                .get("total"))
                        .longValue());
    }

    private Map<String, Object> supplier(String name, String orgNr) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        if (orgNr != null) {
            m.put("organisationNumber", orgNr);
        }
        m.put("orgUnitId", forvSocial);
        m.put("dpaInPlace", false);
        return m;
    }
}
