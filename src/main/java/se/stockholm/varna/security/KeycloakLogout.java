package se.stockholm.varna.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Logging out of Värna also ends the Keycloak session, so the next person at the same browser must
 * log in again. Keycloak 18+ wants {@code post_logout_redirect_uri} with {@code id_token_hint} and
 * {@code client_id}; the framework's Keycloak variant still sends the retired {@code redirect_uri}.
 */
@Singleton
public class KeycloakLogout {

    private final String logoutUrl;
    private final String clientId;
    private final String cookieName;
    private final String publicUrl;

    KeycloakLogout(
            @Value("${varna.keycloak.url}") String keycloakUrl,
            @Value("${varna.keycloak.realm}") String realm,
            @Value("${varna.security.web-client-id:varna-web}") String clientId,
            @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName,
            @Value("${varna.public-url:}") String publicUrl) {
        this.logoutUrl = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/logout";
        this.clientId = clientId;
        this.cookieName = cookieName;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Where to send the browser: Keycloak's end-session endpoint, which then returns it to Värna. */
    public String endSessionUrl(HttpRequest<?> request) {
        StringBuilder url = new StringBuilder(logoutUrl)
                .append("?client_id=")
                .append(encode(clientId))
                .append("&post_logout_redirect_uri=")
                .append(encode(home(request)));
        idToken(request).ifPresent(token -> url.append("&id_token_hint=").append(encode(token)));
        return url.toString();
    }

    /** The login cookie, emptied and expired. */
    public Cookie clearedLoginCookie() {
        return Cookie.of(cookieName, "").path("/").maxAge(0).httpOnly(true);
    }

    private Optional<String> idToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** Värna's start page: VARNA_PUBLIC_URL, or as the browser reached it; Keycloak accepts only registered ones. */
    private String home(HttpRequest<?> request) {
        if (publicUrl.length() > 1) {
            return publicUrl;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        String scheme = request.getHeaders()
                .get("X-Forwarded-Proto", String.class)
                .orElse(request.isSecure() ? "https" : "http");
        return scheme + "://" + host + "/";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
