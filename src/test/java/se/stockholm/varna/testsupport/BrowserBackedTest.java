package se.stockholm.varna.testsupport;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of every *BrowserIT: the app on the fixed port that keycloak/varna-realm.json registers as a
 * redirect URI of varna-web, and one headless Chromium per test class.
 */
public abstract class BrowserBackedTest extends ServerBackedTest {

    public static final String BASE = "http://localhost:18080";

    protected Browser browser;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "18080");
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
