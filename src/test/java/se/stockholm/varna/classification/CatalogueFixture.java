package se.stockholm.varna.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.Tokens;

/** The published question catalogue as the API shows it now, read afresh on every call. */
final class CatalogueFixture {

    private final ApiClient api;

    CatalogueFixture(ApiClient api) {
        this.api = api;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> published() {
        return api.get("/api/v1/question-catalogues", Tokens.user("central")).list().stream()
                .map(c -> (Map<String, Object>) c)
                .filter(c -> "PUBLICERAD".equals(c.get("status")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> questions() {
        return (List<Map<String, Object>>) published().get("questions");
    }

    /** One answer per question of the published catalogue: the option proposing the wanted level or the nearest below. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> answers(ToIntFunction<Map<String, Object>> wantedLevel) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : questions()) {
            int wanted = wantedLevel.applyAsInt(q);
            Map<String, Object> best = null;
            for (var o : (List<Map<String, Object>>) q.get("options")) {
                int level = ((Number) o.get("proposedLevel")).intValue();
                if (level <= wanted && (best == null || level >= ((Number) best.get("proposedLevel")).intValue())) {
                    best = o;
                }
            }
            answers.add(Map.of("questionId", q.get("id"), "optionId", best.get("id")));
        }
        return answers;
    }

    /** A create body with the published catalogue's questions and options under a new title. */
    @SuppressWarnings("unchecked")
    Map<String, Object> copyOfPublished(String title) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Map<String, Object> q : questions()) {
            List<Map<String, Object>> options = new ArrayList<>();
            for (var o : (List<Map<String, Object>>) q.get("options")) {
                options.add(new HashMap<>(
                        Map.of("code", o.get("code"), "text", o.get("text"), "proposedLevel", o.get("proposedLevel"))));
            }
            Map<String, Object> copy = new HashMap<>();
            copy.put("code", q.get("code"));
            copy.put("aspect", q.get("aspect"));
            copy.put("text", q.get("text"));
            copy.put("help", q.get("help"));
            copy.put("options", options);
            questions.add(copy);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Samma frågor som den publicerade versionen.");
        body.put("questions", questions);
        return body;
    }

    /** Makes every option of question {@code index} propose one level more, so that none proposes 0. */
    @SuppressWarnings("unchecked")
    static void withoutNoHarmOption(Map<String, Object> body, int index) {
        var question = ((List<Map<String, Object>>) body.get("questions")).get(index);
        for (var o : (List<Map<String, Object>>) question.get("options")) {
            o.put("proposedLevel", Math.min(4, ((Number) o.get("proposedLevel")).intValue() + 1));
        }
    }
}
