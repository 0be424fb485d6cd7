package se.stockholm.varna.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.testsupport.ApiClient;

/** Small steps the organisation tests share. */
final class OrgApiSteps {

    private final ApiClient api;

    OrgApiSteps(ApiClient api) {
        this.api = api;
    }

    long total(String path, String token) {
        var answer = api.get(path, token);
        assertEquals(200, answer.status(), answer.body());
        return ((Number) answer.map().get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    List<String> codes(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(u -> (String) u.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> unit(String code, String token) {
        var answer = api.get(
                "/api/v1/org-units?includeClosed=true&size=200&q=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                token);
        assertEquals(200, answer.status(), answer.body());
        return ((List<Map<String, Object>>) answer.map().get("items"))
                .stream()
                        .filter(u -> code.equals(u.get("code")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no unit " + code));
    }

    long id(String code, String token) {
        return ((Number) unit(code, token).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    String firstErrorField(ApiClient.Answer answer) {
        var errors = (List<Map<String, Object>>) answer.map().get("errors");
        return errors == null || errors.isEmpty()
                ? null
                : (String) errors.getFirst().get("field");
    }
}
