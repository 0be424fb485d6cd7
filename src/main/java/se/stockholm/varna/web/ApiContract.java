package se.stockholm.varna.web;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the served contract once and summarises it for the API page: operations and schemas. */
@Singleton
class ApiContract {

    static final String SPEC = "openapi/varna.yaml";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Operation(String method, String path, String id, String summary, String tag, List<String> responses) {}

    record Summary(
            String title, String version, String description, List<Operation> operations, List<String> schemas) {}

    private volatile Summary summary;

    Summary summary() {
        if (summary == null) {
            summary = read();
        }
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static Summary read() {
        Map<String, Object> doc;
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is not on the classpath");
            }
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> info = (Map<String, Object>) doc.get("info");
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) doc.get("paths")).forEach((path, item) -> {
            Map<String, Object> methods = (Map<String, Object>) item;
            for (String method : METHODS) {
                if (methods.get(method) instanceof Map<?, ?> op) {
                    List<String> tags = (List<String>) op.get("tags");
                    Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                    operations.add(new Operation(
                            method.toUpperCase(java.util.Locale.ROOT),
                            path,
                            String.valueOf(op.get("operationId")),
                            String.valueOf(op.get("summary")),
                            tags == null || tags.isEmpty() ? "" : tags.getFirst(),
                            responses == null ? List.of() : new ArrayList<>(responses.keySet())));
                }
            }
        });
        Map<String, Object> components = (Map<String, Object>) doc.getOrDefault("components", new LinkedHashMap<>());
        Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", new LinkedHashMap<>());
        return new Summary(
                String.valueOf(info.get("title")),
                String.valueOf(info.get("version")),
                String.valueOf(info.get("description")),
                operations,
                new ArrayList<>(schemas.keySet()));
    }
}
