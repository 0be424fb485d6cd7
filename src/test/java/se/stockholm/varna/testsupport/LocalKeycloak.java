package se.stockholm.varna.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * The real Keycloak: the one at {@code KEYCLOAK_URL} when set, or else the distribution the build
 * unpacked from Maven Central, started in dev mode with the realms in keycloak/ imported afresh.
 */
public final class LocalKeycloak {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private LocalKeycloak() {}

    public static String fromEnvironmentOrStarted(int port, List<Path> realmFiles) {
        String url = System.getenv("KEYCLOAK_URL");
        if (url != null && !url.isBlank()) {
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            awaitRealm(base, "varna", null, Path.of("(external Keycloak)")); // CI starts it while the build compiles
            return base;
        }
        return start(port, realmFiles);
    }

    public static String start(int port, List<Path> realmFiles) {
        Path home = Caches.keycloakHome();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + ": run ./mvnw test-compile first");
        }
        try {
            Path importDir = home.resolve("data/import");
            LocalMariaDb.deleteRecursively(home.resolve("data/h2")); // a realm is imported only when it does not exist
            LocalMariaDb.deleteRecursively(importDir);
            Files.createDirectories(importDir);
            for (Path realm : realmFiles) {
                Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Path log = home.getParent().resolve("keycloak-" + port + ".log");
            ProcessBuilder pb = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--http-host=127.0.0.1",
                            "--hostname-strict=false",
                            "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            pb.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            Process process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            String url = "http://127.0.0.1:" + port;
            awaitRealm(url, "varna", process, log);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void awaitRealm(String url, String realm, Process process, Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(url + "/realms/" + realm + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak did not answer within " + STARTUP + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
