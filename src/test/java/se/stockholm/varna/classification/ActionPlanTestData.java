package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.stockholm.varna.classification.ClassificationTestData.id;
import static se.stockholm.varna.classification.ClassificationTestData.update;

import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.Tokens;

/** Builders for handlingsplan tests over the API: decided informationsmängder, it-tjänster, catalogue counts. */
final class ActionPlanTestData {

    static final List<String> ASPECTS = List.of("K", "R", "T", "S");

    /** A decided informationsmängd and the levels its classification ended on. */
    record Decided(long id, String name, Map<String, Integer> levels) {}

    private final ApiClient api;
    private final ClassificationTestData classifications;
    private final DataSource dataSource;

    ActionPlanTestData(ApiClient api, DataSource dataSource, DataSourceResolver resolver) {
        this.api = api;
        this.classifications = new ClassificationTestData(api);
        this.dataSource = resolver.resolve(dataSource);
    }

    long unitId(String code) {
        return classifications.unitId(code);
    }

    /** An informationsmängd (with personal data) in FORV-SOCIAL, left unclassified. */
    long asset(String owner, String name) {
        return classifications.asset(owner, "FORV-SOCIAL", name);
    }

    /** An informationsmängd classified and decided by the owner with the answers the picker asks for. */
    @SuppressWarnings("unchecked")
    Decided decided(String owner, String name, ToIntFunction<Map<String, Object>> wantedLevel) {
        long asset = asset(owner, name);
        var draft = api.post("/api/v1/information-assets/" + asset + "/classifications", owner, Map.of());
        assertEquals(201, draft.status(), draft.body());
        String path = "/api/v1/classifications/" + id(draft.map());
        var saved = api.put(
                path,
                owner,
                update(
                        classifications.answers(wantedLevel),
                        List.of(),
                        draft.map().get("version")));
        assertEquals(200, saved.status(), saved.body());
        var decided =
                api.post(path + "/decide", owner, Map.of("version", saved.map().get("version")));
        assertEquals(200, decided.status(), decided.body());
        Map<String, Integer> levels = new HashMap<>();
        ((List<Map<String, Object>>) decided.map().get("levels"))
                .forEach(l -> levels.put((String) l.get("aspect"), ((Number) l.get("level")).intValue()));
        return new Decided(asset, name, levels);
    }

    /** A new active it-tjänst in FORV-SOCIAL owned by systemagare.social, processing the given assets. */
    long service(String token, String name, String hosting, List<String> countries, long... assets) {
        var created = api.post("/api/v1/it-services", token, serviceBody(name, hosting, countries));
        assertEquals(201, created.status(), created.body());
        long service = id(created.map());
        for (long asset : assets) {
            var linked = api.put("/api/v1/it-services/" + service + "/information-assets/" + asset, token, "");
            assertEquals(200, linked.status(), linked.body());
        }
        return service;
    }

    Map<String, Object> serviceBody(String name, String hosting, List<String> countries) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("orgUnitId", unitId("FORV-SOCIAL"));
        m.put("ownerUsername", "systemagare.social");
        m.put("hosting", hosting);
        m.put("cloud", false);
        m.put("countries", countries);
        return m;
    }

    /**
     * How many requirements of the published catalogue apply at these levels: those of an aspect
     * below 4 whose minimum level is at most the aspect's level. Counted from the table itself.
     */
    int applicableCount(Map<String, Integer> levels) {
        int count = 0;
        for (int[] r : publishedRequirements()) {
            String aspect = ASPECTS.get(r[0]);
            int level = levels.getOrDefault(aspect, 0);
            if (level < 4 && r[1] <= level) {
                count++;
            }
        }
        return count;
    }

    /** (aspect index, min_level) of every requirement of the newest published catalogue. */
    private List<int[]> publishedRequirements() {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT r.aspect, r.min_level FROM protection_requirement r"
                                + " WHERE r.catalogue_id = (SELECT id FROM requirement_catalogue"
                                + " WHERE status = 'PUBLICERAD' ORDER BY version_no DESC LIMIT 1)")) {
            List<int[]> found = new ArrayList<>();
            while (rs.next()) {
                found.add(new int[] {ASPECTS.indexOf(rs.getString(1)), rs.getInt(2)});
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit actions recorded on an it-tjänst, as the city-wide samordnare sees them. */
    @SuppressWarnings("unchecked")
    List<String> auditActions(long serviceId) {
        var page = api.get(
                        "/api/v1/audit-events?size=200&entityType=ItService&entityId=" + serviceId,
                        Tokens.user("central"))
                .map();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(e -> (String) e.get("action")).toList();
    }
}
