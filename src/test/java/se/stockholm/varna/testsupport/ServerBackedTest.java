package se.stockholm.varna.testsupport;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Base of every *IT: the application context talks to the real MariaDB and Keycloak of {@link TestServers}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerBackedTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient api;

    /** Plain HTTP against this test's running server. */
    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(server.getURI(), json);
        }
        return api;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestServers.properties());
        p.putAll(extraProperties());
        return p;
    }

    /** Overridden by tests that need a fixed port or other settings. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
