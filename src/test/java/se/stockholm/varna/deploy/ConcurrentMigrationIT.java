package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.TestServers;

/**
 * Two Värna instances start at the same moment on one empty MariaDB database, as two pods of a fresh
 * installation do. Flyway holds a MariaDB named lock (GET_LOCK) while it creates its history table and
 * while it applies each migration, so only one instance migrates at a time and the other waits, then
 * finds the work done. Both come up ready, and every migration is recorded exactly once and
 * successful (ADR 0013).
 */
class ConcurrentMigrationIT {

    @Test
    void twoInstancesStartingTogetherMigrateAnEmptyDatabaseExactlyOnce() throws Exception {
        Map<String, String> servers = TestServers.properties();
        String url = servers.get("datasources.default.url");
        String user = servers.get("datasources.default.username");
        String password = servers.get("datasources.default.password");
        Flyway.configure()
                .dataSource(url, user, password)
                .cleanDisabled(false)
                .load()
                .clean();
        assertEquals(
                0,
                count(
                        url,
                        user,
                        password,
                        "SELECT COUNT(*) FROM information_schema.tables" + " WHERE table_schema = DATABASE()"));

        Map<String, Object> properties = new HashMap<>(servers);
        properties.put("flyway.datasources.default.locations", "classpath:db/migration");
        properties.put("flyway.datasources.default.clean-schema", "false");
        properties.put("micronaut.server.port", -1);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<EmbeddedServer>> starts =
                List.of(pool.submit(instance(properties, together)), pool.submit(instance(properties, together)));
        List<EmbeddedServer> running = new ArrayList<>();
        try {
            for (Future<EmbeddedServer> start : starts) {
                running.add(start.get(5, TimeUnit.MINUTES));
            }
            for (EmbeddedServer instance : running) {
                assertEquals(200, readiness(instance), "readiness of " + instance.getURI());
            }
            assertEquals(expectedVersions(), appliedVersions(url, user, password));
            assertEquals(
                    expectedVersions().size(),
                    count(url, user, password, "SELECT COUNT(*) FROM flyway_schema_history"),
                    "one history row per migration, nothing failed or repeated");
        } finally {
            for (Future<EmbeddedServer> start : starts) {
                if (start.state() == Future.State.SUCCESS && !running.contains(start.resultNow())) {
                    running.add(start.resultNow());
                }
            }
            running.forEach(ConcurrentMigrationIT::stop);
            pool.shutdownNow();
        }
    }

    /** Starts the application context (Flyway migrates while it starts) and its HTTP server. */
    private static Callable<EmbeddedServer> instance(Map<String, Object> properties, CyclicBarrier together) {
        return () -> {
            together.await(1, TimeUnit.MINUTES);
            ApplicationContext context = ApplicationContext.builder()
                    .environments("test")
                    .properties(properties)
                    .start();
            try {
                return context.getBean(EmbeddedServer.class).start();
            } catch (RuntimeException e) {
                context.close();
                throw e;
            }
        };
    }

    private static void stop(EmbeddedServer instance) {
        ApplicationContext context = instance.getApplicationContext();
        if (instance.isRunning()) {
            instance.stop();
        }
        if (context.isRunning()) {
            context.close();
        }
    }

    private static int readiness(EmbeddedServer instance) throws IOException, InterruptedException {
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + instance.getPort() + "/health/readiness"))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Version → 1 for every versioned migration in the source tree. */
    private static Map<String, Integer> expectedVersions() throws IOException {
        Map<String, Integer> versions = new TreeMap<>();
        for (Path file : MigrationScripts.versioned()) {
            String name = file.getFileName().toString();
            versions.put(name.substring(1, name.indexOf("__")).replace('_', '.'), 1);
        }
        return versions;
    }

    /** Version → how many successful history rows it has. */
    private static Map<String, Integer> appliedVersions(String url, String user, String password) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT version, COUNT(*), MIN(success) FROM flyway_schema_history"
                                + " WHERE version IS NOT NULL GROUP BY version")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getBoolean(3) ? rs.getInt(2) : -rs.getInt(2));
            }
        }
        return versions;
    }

    private static int count(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
