package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;

/**
 * The Helm chart sets {@code ENDPOINTS_ALL_PORT}: health and metrics then answer only on that
 * management port, which the Ingress never routes, and the application port keeps the pages and
 * the API (SECURITY.md hardening 6, docs/operations.md).
 */
@MicronautTest
class ManagementPortIT extends ServerBackedTest {

    private static final int MANAGEMENT_PORT = freePort();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("endpoints.all.port", String.valueOf(MANAGEMENT_PORT));
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() throws Exception {
        HttpResponse<String> ready = management("/health/readiness");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("UP"), ready.body());
        assertEquals(200, management("/health/liveness").statusCode());
        HttpResponse<String> metrics = management("/prometheus");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics present");
    }

    @Test
    void theApplicationPortServesNeitherHealthNorMetrics() {
        assertEquals(404, api().getAny("/health/readiness", null).status());
        assertEquals(404, api().getAny("/prometheus", null).status());
        assertEquals(401, api().get("/api/v1/org-units", null).status(), "the API is still on the application port");
    }

    @Test
    void theManagementPortServesNoApplication() throws Exception {
        assertEquals(404, management("/api/v1/org-units").statusCode());
    }

    private static HttpResponse<String> management(String path) throws IOException, InterruptedException {
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + path))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
