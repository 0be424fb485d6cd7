package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The image that {@code ./mvnw verify} built (jib:buildTar, package phase) into
 * {@code target/varna-image.tar}, read as an OCI image layout: its configuration is the recipe of
 * pom.xml, and its layers hold a Java runtime, the application's classes and its libraries. No
 * server is started. The base is the local one (.ci/container-base.sh); the pushed image differs
 * only in its base layer (eclipse-temurin, -Pcontainer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageIT {

    private static final Path TAR = Path.of("target", "varna-image.tar");
    private final ObjectMapper json = new ObjectMapper();
    private JsonNode config;
    private final Set<String> files = new HashSet<>();

    @BeforeAll
    void readImage() throws IOException {
        // jib:buildTar runs in the package phase unless skipped (-Djib.skip, or not on Linux);
        // ContainerImageRecipeTest makes sure that it is bound
        assumeTrue(Files.isRegularFile(TAR), TAR + " was not built (-Djib.skip, or not on Linux)");
        JsonNode index = json.readTree(blob(null, "index.json"));
        JsonNode manifest = json.readTree(blob(index.at("/manifests/0/digest").asText(), null));
        config = json.readTree(blob(manifest.at("/config/digest").asText(), null));
        for (JsonNode layer : manifest.get("layers")) {
            files.addAll(layerFiles(layer.get("digest").asText()));
        }
    }

    @Test
    void runsAsTheNonRootUserOfTheHelmChart() {
        assertEquals("10001:10001", config.at("/config/User").asText());
    }

    @Test
    void startsTheApplicationWithAJvmSizedByTheContainer() {
        List<String> entrypoint = StreamSupport.stream(
                        config.at("/config/Entrypoint").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        assertEquals("java", entrypoint.getFirst());
        assertTrue(entrypoint.contains("-XX:MaxRAMPercentage=75.0"), entrypoint.toString());
        assertTrue(entrypoint.contains("-XX:+ExitOnOutOfMemoryError"), entrypoint.toString());
        assertEquals("se.stockholm.varna.Application", entrypoint.getLast());
        assertTrue(config.at("/config/ExposedPorts").has("8080/tcp"));
    }

    @Test
    void carriesOciLabelsAndNoSecrets() {
        JsonNode labels = config.at("/config/Labels");
        for (String label : List.of("title", "version", "created", "revision", "source", "description")) {
            assertFalse(
                    labels.path("org.opencontainers.image." + label).asText().isBlank(), label);
        }
        assertEquals("varna", labels.get("org.opencontainers.image.title").asText());
        String env = config.at("/config/Env").toString().toUpperCase();
        assertFalse(env.contains("PASSWORD") || env.contains("SECRET") || env.contains("TOKEN"), env);
    }

    @Test
    void holdsARuntimeTheClassesAndTheLibraries() {
        assertTrue(files.contains("opt/java/openjdk/bin/java"), "a Java runtime in the base layer");
        assertTrue(files.contains("app/classes/se/stockholm/varna/Application.class"), "the classes");
        assertTrue(files.contains("app/resources/application.yml"), "the resources");
        assertTrue(files.contains("app/resources/db/migration/V1__organisation_tree.sql"), "the migrations");
        assertTrue(
                files.stream().anyMatch(f -> f.matches("app/libs/micronaut-http-server-netty-.*\\.jar")),
                "the libraries");
        assertTrue(
                files.stream().noneMatch(f -> f.startsWith("app/libs/") && f.contains("playwright")),
                "no test libraries");
    }

    /** A file of the OCI layout: by name, or a blob by its digest. */
    private byte[] blob(String digest, String name) throws IOException {
        String wanted = name != null ? name : "blobs/sha256/" + digest.substring("sha256:".length());
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(TAR))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.getName().replaceFirst("^\\./", "").equals(wanted)) {
                    return tar.readAllBytes();
                }
            }
        }
        throw new AssertionError(wanted + " not in " + TAR);
    }

    private Set<String> layerFiles(String digest) throws IOException {
        Set<String> names = new HashSet<>();
        try (InputStream layer = new GZIPInputStream(new ByteArrayInputStream(blob(digest, null)));
                TarArchiveInputStream tar = new TarArchiveInputStream(layer)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""));
            }
        }
        return names;
    }
}
