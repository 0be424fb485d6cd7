package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.Tokens;

/** Steps shared by the internkontroll ITs: risks to plan from, plans and kontrollmoment through the API. */
record InternalControlSteps(ApiClient api) {

    static final String SAMORDNARE = "samordnare.bromma";

    long unitId(String code) {
        var items = (List<?>) api.get("/api/v1/org-units?size=200&q=" + code, Tokens.user("central"))
                .map()
                .get("items");
        return items.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> code.equals(u.get("code")))
                .map(u -> ((Number) u.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** A risk of SDN-BROMMA, marked väsentlig when asked. */
    Map<String, Object> risk(String title, boolean significant) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("orgUnitId", unitId("SDN-BROMMA"));
        body.put("ownerUsername", "agare.bromma");
        body.put("context", "LINJEVERKSAMHET");
        String owner = Tokens.user("agare.bromma");
        var created = api.post("/api/v1/risks", owner, body);
        assertEquals(201, created.status(), created.body());
        if (!significant) {
            return created.map();
        }
        var marked = api.put(
                "/api/v1/risks/" + created.map().get("id") + "/significant",
                owner,
                Map.of("significant", true, "version", created.map().get("version")));
        assertEquals(200, marked.status(), marked.body());
        return marked.map();
    }

    ApiClient.Answer createPlan(String user, long orgUnitId, int year, boolean prefill) {
        return api.post(
                "/api/v1/control-plans",
                Tokens.user(user),
                Map.of("orgUnitId", orgUnitId, "year", year, "prefill", prefill));
    }

    Map<String, Object> brommaPlan(int year, boolean prefill) {
        var created = createPlan(SAMORDNARE, unitId("SDN-BROMMA"), year, prefill);
        assertEquals(201, created.status(), created.body());
        return created.map();
    }

    ApiClient.Answer addPoint(Map<String, Object> plan, String title, List<Long> risks, List<String> periods) {
        return api.post(
                "/api/v1/control-plans/" + plan.get("id") + "/control-points",
                Tokens.user(SAMORDNARE),
                point(title, risks, periods, null));
    }

    static Map<String, Object> point(String title, List<Long> risks, List<String> periods, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("whatChecked", "Att behörigheterna i systemet motsvarar beslutade roller.");
        body.put("method", "Stickprov på tio konton per tertial.");
        body.put("frequencyCode", "TERTIAL");
        body.put("responsible", "Enhetschef IT");
        body.put("riskIds", risks);
        body.put("periodCodes", periods);
        body.put("version", version);
        return body;
    }

    Map<String, Object> plan(Object id) {
        return api.get("/api/v1/control-plans/" + id, Tokens.user(SAMORDNARE)).map();
    }

    ApiClient.Answer establish(Map<String, Object> plan, String decidedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("decidedOn", decidedOn);
        body.put("decisionReference", "SDN 2026/12 § 7");
        body.put("version", plan.get("version"));
        return api.post("/api/v1/control-plans/" + plan.get("id") + "/establish", Tokens.user(SAMORDNARE), body);
    }

    ApiClient.Answer followUp(
            String user, Object pointId, String period, String result, String comment, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("result", result);
        body.put("comment", comment);
        body.put("version", version);
        return api.put("/api/v1/control-points/" + pointId + "/follow-ups/" + period, Tokens.user(user), body);
    }

    static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }
}
