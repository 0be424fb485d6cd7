package se.stockholm.varna.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** Health, metrics and the served contract, as an operator and an integrator meet them. */
@MicronautTest
class OperationsIT extends ServerBackedTest {

    @Test
    void livenessAndReadinessAnswerWithoutLoginAndShowNoDetails() {
        var ready = api().get("/health/readiness", null);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.map().get("status"));
        assertEquals(200, api().get("/health/liveness", null).status());
    }

    @Test
    void prometheusMetricsAreExported() {
        var metrics = api().getAny("/prometheus", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics present");
    }

    @Test
    void theContractIsServedToAuthenticatedCallersOnly() {
        assertEquals(401, api().getAny("/openapi/varna.yaml", null).status());
        var spec = api().getAny("/openapi/varna.yaml", Tokens.user("lasare.farsta"));
        assertEquals(200, spec.status());
        assertTrue(spec.body().contains("operationId: listOrgUnits"));
    }

    @Test
    void unknownApiPathIsAProblemNotAStackTrace() {
        var answer = api().get("/api/v1/finns-inte", Tokens.user("central"));
        assertEquals(404, answer.status());
        assertTrue(answer.isProblem(), answer.contentType());
    }
}
