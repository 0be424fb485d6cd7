package se.stockholm.varna.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Base of every *IT: the application context talks to the real MariaDB and Keycloak of {@link TestServers}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerBackedTest implements TestPropertyProvider {

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
