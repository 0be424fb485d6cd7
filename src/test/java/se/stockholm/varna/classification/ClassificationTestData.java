package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.Tokens;

/** Builders for classification tests over the API: fresh informationsmängder and answer sets. */
final class ClassificationTestData {

    private final ApiClient api;
    private final List<Map<String, Object>> questions;

    @SuppressWarnings("unchecked")
    ClassificationTestData(ApiClient api) {
        this.api = api;
        var catalogues =
                api.get("/api/v1/question-catalogues", Tokens.user("central")).list();
        var published = catalogues.stream()
                .map(c -> (Map<String, Object>) c)
                .filter(c -> "PUBLICERAD".equals(c.get("status")))
                .findFirst()
                .orElseThrow();
        this.questions = (List<Map<String, Object>>) published.get("questions");
    }

    long asset(String ownerToken, String unitCode, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("orgUnitId", unitId(unitCode));
        m.put("ownerUsername", "agare");
        m.put("personalData", "PERSONUPPGIFTER");
        var created = api.post("/api/v1/information-assets", ownerToken, m);
        assertEquals(201, created.status(), created.body());
        return id(created.map());
    }

    long unitId(String code) {
        var items = (List<?>) api.get("/api/v1/org-units?size=200&q=" + code, Tokens.user("central"))
                .map()
                .get("items");
        return items.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> code.equals(u.get("code")))
                .map(ClassificationTestData::id)
                .findFirst()
                .orElseThrow();
    }

    List<Map<String, Object>> questions() {
        return questions;
    }

    /** One answer per question: the option whose proposed level the picker asks for (or the nearest below). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> answers(ToIntFunction<Map<String, Object>> wantedLevel) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            int wanted = wantedLevel.applyAsInt(q);
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

    /** The highest level any option of a question of this aspect can propose. */
    @SuppressWarnings("unchecked")
    int maxLevel(String aspect) {
        return questions.stream()
                .filter(q -> aspect.equals(q.get("aspect")))
                .flatMap(q -> ((List<Map<String, Object>>) q.get("options")).stream())
                .mapToInt(o -> ((Number) o.get("proposedLevel")).intValue())
                .max()
                .orElse(0);
    }

    static Map<String, Object> update(
            List<Map<String, Object>> answers, List<Map<String, Object>> levels, Object version) {
        Map<String, Object> m = new HashMap<>();
        m.put("answers", answers);
        m.put("levels", levels);
        m.put("version", version);
        return m;
    }

    static long id(Map<?, ?> m) {
        return ((Number) m.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static int level(Map<String, Object> classification, String aspect, String key) {
        return ((List<Map<String, Object>>) classification.get("levels"))
                .stream()
                        .filter(l -> aspect.equals(l.get("aspect")))
                        .map(l -> ((Number) l.get(key)).intValue())
                        .findFirst()
                        .orElseThrow();
    }
}
