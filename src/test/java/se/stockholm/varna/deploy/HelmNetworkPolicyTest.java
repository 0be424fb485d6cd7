package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.deploy.HelmChart.Manifest;

/**
 * The NetworkPolicy: in only from the ingress controller (and, when named, monitoring on the
 * management port); out only to MariaDB, Keycloak, SMTP when configured, and DNS. Never an empty
 * peer list, which Kubernetes would read as "everyone".
 */
class HelmNetworkPolicyTest {

    @Test
    void defaultsLetOnlyTheIngressControllerInAndOnlyTheDependenciesOut() {
        Manifest policy = HelmChart.one(HelmChart.render(null), "NetworkPolicy");
        assertEquals(List.of("Ingress", "Egress"), policy.at("spec.policyTypes"));
        assertEquals(
                HelmChart.one(HelmChart.render(null), "Deployment").at("spec.selector.matchLabels"),
                policy.at("spec.podSelector.matchLabels"));

        List<Map<String, Object>> ingress = policy.list("spec.ingress");
        assertEquals(1, ingress.size(), "one rule: the ingress controller to the application port");
        assertEquals(
                List.of(Map.of("port", "http", "protocol", "TCP")),
                ingress.getFirst().get("ports"));
        assertTrue(ingress.getFirst().get("from").toString().contains("ingress-nginx"));

        assertEquals(Set.of("3306/TCP", "443/TCP", "53/UDP", "53/TCP"), egressPorts(policy));
        everyRuleNamesItsPeers(policy);
    }

    @Test
    void productionValuesAddMonitoringAndSmtp() {
        Manifest policy = HelmChart.one(HelmChart.render(HelmChart.PRODUCTION_VALUES), "NetworkPolicy");
        List<Map<String, Object>> ingress = policy.list("spec.ingress");
        assertEquals(2, ingress.size());
        assertEquals(
                List.of(Map.of("port", "management", "protocol", "TCP")),
                ingress.get(1).get("ports"));
        assertTrue(ingress.get(1).get("from").toString().contains("prometheus"));
        assertEquals(Set.of("3306/TCP", "443/TCP", "587/TCP", "53/UDP", "53/TCP"), egressPorts(policy));
        assertTrue(policy.list("spec.egress").get(1).get("to").toString().contains("10.20.30.0/24"));
        everyRuleNamesItsPeers(policy);
    }

    @Test
    void theChartCanLeaveNetworkPoliciesToTheCluster() {
        var manifests = HelmChart.parse(HelmChart.template(null, Map.of("networkPolicy.enabled", false)));
        assertFalse(manifests.stream().anyMatch(m -> "NetworkPolicy".equals(m.kind())));
    }

    private static Set<String> egressPorts(Manifest policy) {
        return policy.list("spec.egress").stream()
                .flatMap(rule -> ((List<?>) rule.get("ports")).stream())
                .map(p -> (Map<?, ?>) p)
                .map(p -> p.get("port") + "/" + p.get("protocol"))
                .collect(Collectors.toSet());
    }

    private static void everyRuleNamesItsPeers(Manifest policy) {
        for (Map<String, Object> rule : policy.list("spec.ingress")) {
            assertFalse(((List<?>) rule.get("from")).isEmpty(), "an empty from allows every source");
        }
        for (Map<String, Object> rule : policy.list("spec.egress")) {
            assertFalse(((List<?>) rule.get("to")).isEmpty(), "an empty to allows every destination");
        }
    }
}
