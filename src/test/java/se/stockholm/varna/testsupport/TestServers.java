package se.stockholm.varna.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real servers every *IT test talks to, started once per test JVM: MariaDB and Keycloak (from the
 * environment when CI gives their URLs, otherwise started here). Each application context cleans and
 * migrates the schema, so every test class starts from the reference and demo data.
 */
public final class TestServers {

    private static Map<String, String> properties;

    private TestServers() {}

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            LocalMariaDb.Database db =
                    LocalMariaDb.fromEnvironmentOrEmbedded("varna_test", Path.of("target", "mariadb-test"));
            Path realm = Caches.realmFile();
            String keycloak = LocalKeycloak.fromEnvironmentOrStarted(
                    Ports.free(), List.of(realm, realm.resolveSibling("annan-realm.json")));
            Map<String, String> p = new HashMap<>();
            p.put("datasources.default.url", db.url());
            p.put("datasources.default.username", db.user());
            p.put("datasources.default.password", db.password());
            p.put("flyway.datasources.default.locations", "classpath:db/migration,classpath:db/demo");
            p.put("flyway.datasources.default.clean-schema", "true");
            p.put("flyway.datasources.default.clean-disabled", "false");
            p.put("varna.keycloak.url", keycloak);
            properties = Map.copyOf(p);
        }
        return properties;
    }

    public static String keycloakUrl() {
        return properties().get("varna.keycloak.url");
    }
}
