package se.stockholm.varna.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The chart in {@code helm/varna}, rendered in-process by Helm (helm-java embeds it; no helm binary,
 * no cluster), and the rendered manifests parsed back as YAML.
 */
final class HelmChart {

    static final Path DIR = Path.of("helm", "varna");
    static final Path PRODUCTION_VALUES = DIR.resolve("ci").resolve("production-values.yaml");
    static final String RELEASE = "varna";
    static final String NAMESPACE = "varna";
    /** The oldest Kubernetes the chart supports (Chart.yaml kubeVersion). */
    static final String KUBE_VERSION = "1.25.0";

    private HelmChart() {}

    /** One rendered object, with navigation by dotted path ({@code spec.template.spec}). */
    record Manifest(Map<String, Object> body) {

        String kind() {
            return (String) body.get("kind");
        }

        String name() {
            return (String) map("metadata").get("name");
        }

        Object at(String path) {
            Object current = body;
            for (String key : path.split("\\.")) {
                if (!(current instanceof Map<?, ?> m)) {
                    return null;
                }
                current = m.get(key);
            }
            return current;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String path) {
            return (Map<String, Object>) at(path);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String path) {
            return (List<Map<String, Object>>) at(path);
        }
    }

    /** Renders with the chart's own values, then the given values file (may be null), then the sets. */
    static String template(Path valuesFile, Map<String, Object> sets) {
        TemplateCommand template = new Helm(DIR)
                .template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return template.call();
    }

    static List<Manifest> render(Path valuesFile) {
        return parse(template(valuesFile, Map.of()));
    }

    /** Every YAML document of a rendering; each must be a mapping. */
    @SuppressWarnings("unchecked")
    static List<Manifest> parse(String rendered) {
        List<Manifest> manifests = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(rendered)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map<?, ?>)) {
                throw new AssertionError("a rendered document is not a mapping: " + document);
            }
            manifests.add(new Manifest((Map<String, Object>) document));
        }
        return manifests;
    }

    static Manifest one(List<Manifest> manifests, String kind) {
        List<Manifest> found =
                manifests.stream().filter(m -> kind.equals(m.kind())).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.getFirst();
    }
}
