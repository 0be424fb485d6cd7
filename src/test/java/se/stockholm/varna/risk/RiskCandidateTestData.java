package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.Tokens;

/**
 * Builders for risk candidate tests over the API, as the people of the demo realm would do it: a
 * decided informationsmängd in Socialnämnden (agare.social), an it-tjänst processing it
 * (systemagare.social), self-assessments of its handlingsplan, and finding candidates by their cause.
 */
final class RiskCandidateTestData {

    static final String OWNER = "agare.social";
    static final String SYSTEM = "systemagare.social";

    private final ApiClient api;

    RiskCandidateTestData(ApiClient api) {
        this.api = api;
    }

    long unitId(String code) {
        var items = (List<?>) api.get("/api/v1/org-units?size=200&q=" + code, Tokens.user("central"))
                .map()
                .get("items");
        return items.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> code.equals(u.get("code")))
                .map(RiskCandidateTestData::id)
                .findFirst()
                .orElseThrow();
    }

    /** An informationsmängd with personal data in FORV-SOCIAL, classified at level 2 where the questions allow and decided. */
    @SuppressWarnings("unchecked")
    long decidedAsset(String name) {
        String owner = Tokens.user(OWNER);
        Map<String, Object> asset = new HashMap<>();
        asset.put("name", name);
        asset.put("orgUnitId", unitId("FORV-SOCIAL"));
        asset.put("ownerUsername", OWNER);
        asset.put("personalData", "PERSONUPPGIFTER");
        var created = api.post("/api/v1/information-assets", owner, asset);
        assertEquals(201, created.status(), created.body());
        long assetId = id(created.map());
        var draft = api.post("/api/v1/information-assets/" + assetId + "/classifications", owner, Map.of());
        assertEquals(201, draft.status(), draft.body());
        String path = "/api/v1/classifications/" + id(draft.map());
        Map<String, Object> update = new HashMap<>();
        update.put("answers", answers(2));
        update.put("levels", List.of());
        update.put("version", draft.map().get("version"));
        var saved = api.put(path, owner, update);
        assertEquals(200, saved.status(), saved.body());
        var decided =
                api.post(path + "/decide", owner, Map.of("version", saved.map().get("version")));
        assertEquals(200, decided.status(), decided.body());
        return assetId;
    }

    /** A new active it-tjänst in FORV-SOCIAL processing the informationsmängd. */
    long service(String name, String hosting, List<String> countries, long asset) {
        String system = Tokens.user(SYSTEM);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("orgUnitId", unitId("FORV-SOCIAL"));
        body.put("ownerUsername", SYSTEM);
        body.put("hosting", hosting);
        body.put("cloud", false);
        body.put("countries", countries);
        var created = api.post("/api/v1/it-services", system, body);
        assertEquals(201, created.status(), created.body());
        long service = id(created.map());
        var linked = api.put("/api/v1/it-services/" + service + "/information-assets/" + asset, system, "");
        assertEquals(200, linked.status(), linked.body());
        return service;
    }

    /** The code of the first applicable requirement of the service's handlingsplan. */
    @SuppressWarnings("unchecked")
    String firstRequirement(long service) {
        var plan = api.get(planPath(service), Tokens.user(SYSTEM));
        assertEquals(200, plan.status(), plan.body());
        var requirements = (List<Map<String, Object>>) plan.map().get("requirements");
        return (String) requirements.getFirst().get("code");
    }

    /** The code of the second applicable requirement of the service's handlingsplan. */
    @SuppressWarnings("unchecked")
    String secondRequirement(long service) {
        var plan = api.get(planPath(service), Tokens.user(SYSTEM));
        assertEquals(200, plan.status(), plan.body());
        var requirements = (List<Map<String, Object>>) plan.map().get("requirements");
        return (String) requirements.get(1).get("code");
    }

    /** Self-assesses a requirement as the systemägare; answers the assessment's new version. */
    long assess(long service, String code, String status, String comment, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("comment", comment);
        body.put("version", version);
        var assessed = api.put(planPath(service) + "/" + code, Tokens.user(SYSTEM), body);
        assertEquals(200, assessed.status(), assessed.body());
        return ((Number) assessed.map().get("version")).longValue();
    }

    /** Lists candidates (which syncs them first) and finds the one of this cause, in any status. */
    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> candidate(String token, long service, String code) {
        var page = api.get("/api/v1/risk-candidates?status=ALLA&size=200", token);
        assertEquals(200, page.status(), page.body());
        return ((List<Map<String, Object>>) page.map().get("items"))
                .stream()
                        .filter(c -> c.get("itServiceId") instanceof Number n && n.longValue() == service)
                        .filter(c -> code == null
                                ? "DRIFTBESLUT".equals(c.get("kind"))
                                : code.equals(c.get("requirementCode")))
                        .findFirst();
    }

    /** The audit actions recorded on a candidate, as the city-wide samordnare sees them. */
    @SuppressWarnings("unchecked")
    List<String> auditActions(long candidateId) {
        var page = api.get(
                        "/api/v1/audit-events?size=200&entityType=RiskCandidate&entityId=" + candidateId,
                        Tokens.user("central"))
                .map();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(e -> (String) e.get("action")).toList();
    }

    /** Who recorded the (latest) event with this action on a candidate. */
    @SuppressWarnings("unchecked")
    String auditActor(long candidateId, String action) {
        var page = api.get(
                        "/api/v1/audit-events?size=200&entityType=RiskCandidate&entityId=" + candidateId,
                        Tokens.user("central"))
                .map();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream()
                        .filter(e -> action.equals(e.get("action")))
                        .map(e -> (String) e.get("actor"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + action + " event: " + page));
    }

    /** One answer per question of the published catalogue: the option proposing the wanted level, or the nearest below. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> answers(int wanted) {
        var catalogues =
                api.get("/api/v1/question-catalogues", Tokens.user("central")).list();
        var published = catalogues.stream()
                .map(c -> (Map<String, Object>) c)
                .filter(c -> "PUBLICERAD".equals(c.get("status")))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) published.get("questions")) {
            var options = (List<Map<String, Object>>) q.get("options");
            Map<String, Object> best = options.getFirst();
            for (var o : options) {
                int level = ((Number) o.get("proposedLevel")).intValue();
                if (level <= wanted && level >= ((Number) best.get("proposedLevel")).intValue()) {
                    best = o;
                }
            }
            answers.add(Map.of("questionId", q.get("id"), "optionId", best.get("id")));
        }
        return answers;
    }

    static String planPath(long service) {
        return "/api/v1/it-services/" + service + "/action-plan";
    }

    static long id(Map<?, ?> m) {
        return ((Number) m.get("id")).longValue();
    }
}
