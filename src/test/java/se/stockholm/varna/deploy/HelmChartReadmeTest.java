package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The chart's README lists every value of values.yaml and every name the schema accepts in {@code env}. */
class HelmChartReadmeTest {

    @Test
    void everyValueIsDescribed() throws IOException {
        String readme = Files.readString(HelmChart.DIR.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        for (String path : leaves("", values())) {
            if (!readme.contains("| `" + path + "` |")) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "values without a row in helm/varna/README.md");
    }

    @Test
    void everyAcceptedEnvironmentVariableIsNamed() throws IOException {
        String readme = Files.readString(HelmChart.DIR.resolve("README.md"));
        Map<?, ?> schema = (Map<?, ?>) yaml().load(Files.readString(HelmChart.DIR.resolve("values.schema.json")));
        Map<?, ?> env = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) schema.get("properties")).get("env")).get("properties");
        assertTrue(env.size() > 5, env.toString());
        for (Object name :
                new TreeSet<>(env.keySet().stream().map(String::valueOf).toList())) {
            assertTrue(readme.contains("`" + name + "`"), name + " is accepted in env but not described");
        }
    }

    /** Dotted paths of values.yaml; non-empty mappings are descended into, everything else is a value. */
    static List<String> leaves(String prefix, Map<?, ?> map) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String path = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
            if (e.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
                paths.addAll(leaves(path, child));
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    private static Map<?, ?> values() throws IOException {
        return (Map<?, ?>) yaml().load(Files.readString(HelmChart.DIR.resolve("values.yaml")));
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
