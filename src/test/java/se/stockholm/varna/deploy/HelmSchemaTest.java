package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * values.schema.json: Helm refuses to render (and so to install) values that are mistyped, unknown,
 * or that would weaken the pod's hardening or put a secret into plain configuration. Each case names
 * the value set and a fragment the refusal must mention, so that it is refused for the right reason.
 */
class HelmSchemaTest {

    @Test
    void theDefaultAndProductionValuesAreValid() {
        assertDoesNotThrow(() -> HelmChart.template(null, Map.of()));
        assertDoesNotThrow(() -> HelmChart.template(HelmChart.PRODUCTION_VALUES, Map.of()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "replicaCount | three | /replicaCount",
                "replicaCount | 0 | /replicaCount",
                "replicas | 3 | replicas",
                "image.pullPolicy | Sometimes | /image/pullPolicy",
                "image.digest | latest | /image/digest",
                "database.url | jdbc:mysql://db/varna | /database/url",
                "database.existingSecret | '' | /database/existingSecret",
                "keycloak.url | keycloak.example.org | /keycloak/url",
                "env.JDBC_PASSWORD | hemligt | JDBC_PASSWORD",
                "env.KEYCLOAK_CLIENT_SECRET | hemligt | KEYCLOAK_CLIENT_SECRET",
                "env.VARNA_FLYWAY_LOCATIONS | classpath:db/migration,classpath:db/demo | VARNA_FLYWAY_LOCATIONS",
                "env.VARNA_LOG_LEVEL | LOUD | /env/VARNA_LOG_LEVEL",
                "securityContext.readOnlyRootFilesystem | false | /securityContext/readOnlyRootFilesystem",
                "securityContext.allowPrivilegeEscalation | true | /securityContext/allowPrivilegeEscalation",
                "securityContext.privileged | true | /securityContext/privileged",
                "securityContext.capabilities.add[0] | NET_ADMIN | add",
                "securityContext.capabilities.drop[0] | NET_RAW | /securityContext/capabilities/drop",
                "podSecurityContext.runAsNonRoot | false | /podSecurityContext/runAsNonRoot",
                "podSecurityContext.runAsUser | 0 | /podSecurityContext/runAsUser",
                "podSecurityContext.seccompProfile.type | Unconfined | /podSecurityContext/seccompProfile/type",
                "resources.limits.memory | null | memory",
                "probes.readiness.periodSeconds | 0 | /probes/readiness/periodSeconds",
                "networkPolicy.ingressFrom | null | ingressFrom",
                "networkPolicy.egress.database.port | 70000 | /networkPolicy/egress/database/port",
                "service.managementPort | http | /service/managementPort",
                "tmpVolume.sizeLimit | lots | /tmpVolume/sizeLimit",
            })
    void refuses(String key, String value, String mentioned) {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> HelmChart.template(null, Map.of(key, value)));
        assertTrue(refused.getMessage().contains(mentioned), refused.getMessage());
    }

    /** Empty peer lists need a values file: {@code --set} cannot express an empty list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "networkPolicy: {ingressFrom: []} | /networkPolicy/ingressFrom",
                "networkPolicy: {egress: {keycloak: {to: []}}} | /networkPolicy/egress/keycloak/to",
                "networkPolicy: {egress: {dns: {to: [{}]}}} | /networkPolicy/egress/dns/to/0",
                "securityContext: {capabilities: {drop: []}} | /securityContext/capabilities/drop",
            })
    void refusesEmptyOrMeaninglessPeers(String values, String mentioned, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("values.yaml"), values);
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> HelmChart.template(file, Map.of()));
        assertTrue(refused.getMessage().contains(mentioned), refused.getMessage());
    }

    @Test
    void refusesAnIngressForAnotherHostThanThePublicUrl() {
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("ingress.enabled", true);
        sets.put("ingress.host", "annan.example.org");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> HelmChart.template(null, sets));
        assertTrue(refused.getMessage().contains("publicUrl"), refused.getMessage());
        sets.put("ingress.host", "varna.example.org");
        assertDoesNotThrow(() -> HelmChart.template(null, sets));
    }

    @Test
    void refusesAnAutoscalerThatCannotReachItsMinimum() {
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("autoscaling.enabled", true);
        sets.put("autoscaling.minReplicas", 5);
        sets.put("autoscaling.maxReplicas", 2);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> HelmChart.template(null, sets));
        assertTrue(refused.getMessage().contains("minReplicas"), refused.getMessage());
    }
}
