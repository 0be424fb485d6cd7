package se.stockholm.varna.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real access tokens from the test Keycloak, by password grant (demo users) or client credentials. */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Tokens() {}

    /** A demo user's token for the API (client varna-cli, audience varna-api). Demo passwords equal usernames. */
    public static String user(String username) {
        return password("varna", "varna-cli", username, username);
    }

    public static String password(String realm, String clientId, String username, String password) {
        return request(
                realm,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        clientId,
                        "username",
                        username,
                        "password",
                        password,
                        "scope",
                        "openid"));
    }

    public static String ilsClient() {
        return request(
                "varna",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "ils-klient",
                        "client_secret",
                        "ils-klient-demo-secret"));
    }

    private static String request(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(TestServers.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            String answer =
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = ACCESS_TOKEN.matcher(answer);
            if (!m.find()) {
                throw new IllegalStateException("Keycloak gave no token: " + answer);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
