package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The container image recipe in pom.xml (jib-maven-plugin), as each build sees it: the default build
 * makes a tar on a local base without any registry; {@code -Pcontainer} builds on a Temurin JRE and
 * pushes. Both run the application as a numeric non-root user, with the JVM sized by the container,
 * OCI labels, and nothing secret in the image.
 */
class ContainerImageRecipeTest {

    private final PomModel pom = PomModel.read();

    @Test
    void runsAsTheNumericNonRootUserThatTheHelmChartRunsAs() throws Exception {
        String user = pom.jib("container/user");
        Matcher ids = Pattern.compile("(\\d+):(\\d+)").matcher(user);
        assertTrue(ids.matches(), "numeric user:group, so that runAsNonRoot can verify it: " + user);
        assertTrue(Integer.parseInt(ids.group(1)) > 0 && Integer.parseInt(ids.group(2)) > 0, user);
        Map<?, ?> values = (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(HelmChart.DIR.resolve("values.yaml")));
        Map<?, ?> pod = (Map<?, ?>) values.get("podSecurityContext");
        assertEquals(user, pod.get("runAsUser") + ":" + pod.get("runAsGroup"));
    }

    @Test
    void entryPointIsTheApplicationWithTheJvmSizedByTheContainer() throws Exception {
        assertEquals("se.stockholm.varna.Application", pom.resolve(pom.jib("container/mainClass"), false));
        Class.forName("se.stockholm.varna.Application");
        assertEquals(List.of(), pom.jibAll("container/entrypoint"), "Jib writes the entry point from mainClass");
        List<String> flags = pom.jibAll("container/jvmFlags/jvmFlag");
        Matcher ram = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)(\\.\\d+)?").matcher(String.join(" ", flags));
        assertTrue(ram.find(), flags.toString());
        int percent = Integer.parseInt(ram.group(1));
        assertTrue(percent >= 50 && percent <= 80, "room for metaspace, threads and buffers: " + percent);
        assertTrue(flags.contains("-XX:+ExitOnOutOfMemoryError"), flags.toString());
        assertEquals(List.of("8080"), pom.jibAll("container/ports/port"));
    }

    @Test
    void carriesOciLabelsAndNothingSecret() {
        for (String label : List.of("title", "description", "version", "created", "revision", "source", "base.name")) {
            assertFalse(
                    pom.jib("container/labels/org.opencontainers.image." + label)
                            .isBlank(),
                    label);
        }
        assertEquals(List.of(), pom.jibAll("container/environment/*"), "configuration comes from the deployment");
        assertEquals(List.of(), pom.jibAll("*/auth/*"), "registry credentials come from the pipeline");
        String recipe = pom.jibText().toLowerCase();
        for (String word : List.of("password", "secret", "token")) {
            assertFalse(recipe.contains(word), "the recipe mentions " + word);
        }
    }

    @Test
    void theDefaultBuildMakesATarOnALocalBaseWithoutARegistry() throws Exception {
        assertTrue(pom.resolve("${varna.image.base}", false).startsWith("tar://"));
        assertEquals(List.of("buildTar"), pom.goals(null, "jib-maven-plugin"));
        assertEquals(List.of("exec"), pom.goals(null, "exec-maven-plugin"));
        assertTrue(Files.isExecutable(Path.of(".ci", "container-base.sh")));
        assertTrue(pom.resolve(pom.jib("outputPaths/tar"), false).endsWith("/varna-image.tar"));
    }

    @Test
    void theContainerProfileBuildsOnATemurinJreAndPushes() {
        String base = pom.resolve("${varna.image.base}", true);
        Matcher temurin = Pattern.compile("eclipse-temurin:(\\d+)-jre.*").matcher(base);
        assertTrue(temurin.matches(), base);
        assertTrue(Integer.parseInt(temurin.group(1)) >= 21, base);
        assertEquals(List.of("build"), pom.goals("container", "jib-maven-plugin"), "pushes in package");
        assertEquals(List.of(), pom.goals("container", "exec-maven-plugin"), "no local base");
        assertNotNull(pom.requiredProperty("container", "varna.image"), "the image must name its registry");
    }
}
