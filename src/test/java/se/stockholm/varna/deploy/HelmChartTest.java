package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.stockholm.varna.deploy.HelmChart.Manifest;

/**
 * The Helm chart, linted and rendered in-process with the default values and with production-like
 * values ({@code helm/varna/ci/production-values.yaml}): every manifest is a well-formed Kubernetes
 * object, and the pods run hardened, probed and with their secrets from existing Secrets.
 */
class HelmChartTest {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Set<String> KNOWN = Set.of(
            "v1/ServiceAccount",
            "v1/ConfigMap",
            "v1/Service",
            "apps/v1/Deployment",
            "networking.k8s.io/v1/Ingress",
            "networking.k8s.io/v1/NetworkPolicy",
            "autoscaling/v2/HorizontalPodAutoscaler",
            "policy/v1/PodDisruptionBudget");

    static Stream<Arguments> valueSets() {
        return Stream.of(Arguments.of("default", null), Arguments.of("production", HelmChart.PRODUCTION_VALUES));
    }

    @Test
    void lintFindsNothingToWarnAbout() {
        LintResult lint = new Helm(HelmChart.DIR).lint().strict().call();
        assertFalse(lint.isFailed(), lint.getMessages().toString());
        assertTrue(
                lint.getMessages().stream().noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]")),
                lint.getMessages().toString());
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void everyManifestIsAKubernetesObjectWithAValidName(String label, Path values) {
        List<Manifest> manifests = HelmChart.render(values);
        Set<String> seen = new HashSet<>();
        for (Manifest m : manifests) {
            String type = m.at("apiVersion") + "/" + m.kind();
            assertTrue(KNOWN.contains(type), "unexpected object " + type);
            assertNotNull(m.name(), type + " without metadata.name");
            assertTrue(DNS_LABEL.matcher(m.name()).matches(), type + " name " + m.name());
            assertEquals("varna", m.map("metadata.labels").get("app.kubernetes.io/name"), type + " labels");
            assertTrue(seen.add(type + "/" + m.name()), "duplicate " + type + " " + m.name());
            assertNull(m.at("metadata.namespace"), "the release namespace decides: " + type);
        }
        Set<String> kinds = new HashSet<>(manifests.stream().map(Manifest::kind).toList());
        assertTrue(
                kinds.containsAll(Set.of(
                        "ServiceAccount",
                        "ConfigMap",
                        "Service",
                        "Deployment",
                        "NetworkPolicy",
                        "PodDisruptionBudget")),
                kinds.toString());
        assertFalse(kinds.contains("Secret"), "the chart never creates Secrets");
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void podsRunAsNonRootOnAReadOnlyFilesystemWithoutCapabilities(String label, Path values) {
        Manifest deployment = HelmChart.one(HelmChart.render(values), "Deployment");
        Map<String, Object> pod = deployment.map("spec.template.spec");
        Map<?, ?> podSecurity = (Map<?, ?>) pod.get("securityContext");
        assertNotNull(podSecurity, "the pod has no securityContext");
        assertEquals(true, podSecurity.get("runAsNonRoot"));
        assertTrue(((Number) podSecurity.get("runAsUser")).longValue() > 0, "runAsUser");
        assertEquals("RuntimeDefault", ((Map<?, ?>) podSecurity.get("seccompProfile")).get("type"));
        assertEquals(false, pod.get("automountServiceAccountToken"));

        Map<?, ?> container = container(deployment);
        Map<?, ?> security = (Map<?, ?>) container.get("securityContext");
        assertNotNull(security, "the container has no securityContext");
        assertEquals(true, security.get("readOnlyRootFilesystem"));
        assertEquals(false, security.get("allowPrivilegeEscalation"));
        assertEquals(false, security.get("privileged"));
        assertEquals(true, security.get("runAsNonRoot"));
        assertEquals(List.of("ALL"), ((Map<?, ?>) security.get("capabilities")).get("drop"));
        assertNull(((Map<?, ?>) security.get("capabilities")).get("add"));

        assertEquals(List.of(Map.of("name", "tmp", "mountPath", "/tmp")), container.get("volumeMounts"));
        Map<?, ?> tmp = (Map<?, ?>) ((List<?>) pod.get("volumes")).getFirst();
        assertNotNull(((Map<?, ?>) tmp.get("emptyDir")).get("sizeLimit"), "/tmp is a bounded emptyDir");

        Map<?, ?> resources = (Map<?, ?>) container.get("resources");
        assertNotNull(((Map<?, ?>) resources.get("limits")).get("memory"), "the JVM sizes its heap from it");
        assertNotNull(((Map<?, ?>) resources.get("requests")).get("cpu"));
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void probesAskTheHealthEndpointsOnTheManagementPort(String label, Path values) {
        Map<?, ?> container = container(HelmChart.one(HelmChart.render(values), "Deployment"));
        assertEquals(Map.of("path", "/health/liveness", "port", "management"), probe(container, "startupProbe"));
        assertEquals(Map.of("path", "/health/liveness", "port", "management"), probe(container, "livenessProbe"));
        assertEquals(Map.of("path", "/health/readiness", "port", "management"), probe(container, "readinessProbe"));
        assertTrue(env(container).contains(Map.of("name", "ENDPOINTS_ALL_PORT", "value", "8081")));
        assertTrue(((List<?>) container.get("ports"))
                .contains(Map.of("name", "management", "containerPort", 8081, "protocol", "TCP")));
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void secretsComeOnlyFromExistingSecrets(String label, Path values) {
        List<Manifest> manifests = HelmChart.render(values);
        List<Map<?, ?>> env = env(container(HelmChart.one(manifests, "Deployment")));
        assertEquals(secretRef("varna-database", "password"), valueOf(env, "JDBC_PASSWORD"));
        assertEquals(secretRef("varna-keycloak", "client-secret"), valueOf(env, "KEYCLOAK_CLIENT_SECRET"));
        Map<String, Object> config = HelmChart.one(manifests, "ConfigMap").map("data");
        assertTrue(
                config.keySet().stream().noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET")),
                config.keySet().toString());
        assertEquals("true", config.get("VARNA_SECURE_COOKIE"));
    }

    @ParameterizedTest(name = "{0} values")
    @MethodSource("valueSets")
    void aNewVersionStartsOnePodAtATime(String label, Path values) {
        Manifest deployment = HelmChart.one(HelmChart.render(values), "Deployment");
        assertEquals(Map.of("maxSurge", 1, "maxUnavailable", 0), deployment.at("spec.strategy.rollingUpdate"));
    }

    @Test
    void productionValuesScaleWithAnAutoscalerBehindATlsIngress() {
        List<Manifest> manifests = HelmChart.render(HelmChart.PRODUCTION_VALUES);
        Manifest deployment = HelmChart.one(manifests, "Deployment");
        assertNull(deployment.at("spec.replicas"), "the autoscaler owns the replica count");
        assertTrue(((String) container(deployment).get("image")).contains("@sha256:"), "pinned by digest");
        Manifest hpa = HelmChart.one(manifests, "HorizontalPodAutoscaler");
        assertEquals(deployment.name(), hpa.at("spec.scaleTargetRef.name"));
        assertEquals(3, hpa.at("spec.minReplicas"));
        Manifest ingress = HelmChart.one(manifests, "Ingress");
        Map<?, ?> rule = ingress.list("spec.rules").getFirst();
        assertTrue(rule.toString().contains("port={name=http}"), "only the application port: " + rule);
        assertEquals("varna-tls", ingress.list("spec.tls").getFirst().get("secretName"));
    }

    @Test
    void serviceAccountCarriesNoToken() {
        Manifest account = HelmChart.one(HelmChart.render(null), "ServiceAccount");
        assertEquals(false, account.at("automountServiceAccountToken"));
        Manifest deployment = HelmChart.one(HelmChart.render(null), "Deployment");
        assertEquals(account.name(), deployment.at("spec.template.spec.serviceAccountName"));
    }

    static Map<?, ?> container(Manifest deployment) {
        List<Map<String, Object>> containers = deployment.list("spec.template.spec.containers");
        assertEquals(1, containers.size());
        return containers.getFirst();
    }

    static List<Map<?, ?>> env(Map<?, ?> container) {
        return ((List<?>) container.get("env"))
                .stream().<Map<?, ?>>map(e -> (Map<?, ?>) e).toList();
    }

    private static Object probe(Map<?, ?> container, String name) {
        Map<?, ?> probe = (Map<?, ?>) container.get(name);
        assertNotNull(probe, name + " missing");
        return probe.get("httpGet");
    }

    private static Object valueOf(List<Map<?, ?>> env, String name) {
        Map<?, ?> entry = env.stream()
                .filter(e -> name.equals(e.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not set"));
        assertNull(entry.get("value"), name + " must not be a plain value");
        return entry.get("valueFrom");
    }

    private static Map<String, Object> secretRef(String secret, String key) {
        return Map.of("secretKeyRef", Map.of("name", secret, "key", key));
    }
}
