package se.stockholm.varna.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * pom.xml as the builds see the container image recipe: the jib-maven-plugin configuration, the
 * properties (a profile's override the project's), and the executions bound to a phase, where a
 * profile's execution of the same id replaces the project's.
 */
final class PomModel {

    private static final String JIB = "/project/build/plugins/plugin[artifactId='jib-maven-plugin']/configuration";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Document pom;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private PomModel(Document pom) {
        this.pom = pom;
    }

    static PomModel read() {
        try {
            return new PomModel(DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(Path.of("pom.xml").toFile()));
        } catch (Exception e) {
            throw new IllegalStateException("pom.xml unreadable", e);
        }
    }

    String jib(String path) {
        List<String> all = jibAll(path);
        return all.isEmpty() ? "" : all.getFirst();
    }

    List<String> jibAll(String path) {
        return texts(JIB + "/" + path);
    }

    String jibText() {
        return texts(JIB).getFirst();
    }

    /** The value with every known ${property} replaced, as the default build or -Pcontainer sees it. */
    String resolve(String value, boolean containerProfile) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("project.version", "VERSION");
        properties.put("project.basedir", ".");
        properties.put("project.build.directory", "./target");
        properties.put("maven.build.timestamp", "TIMESTAMP");
        properties.putAll(properties("/project/properties/*"));
        if (containerProfile) {
            properties.putAll(properties("/project/profiles/profile[id='container']/properties/*"));
        }
        String resolved = value;
        for (int round = 0; round < 10; round++) {
            Matcher m = PROPERTY.matcher(resolved);
            StringBuilder next = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(next, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
            }
            m.appendTail(next);
            if (next.toString().equals(resolved)) {
                break;
            }
            resolved = next.toString();
        }
        return resolved;
    }

    /** Goals of the plugin's executions bound to a phase in the build, or with the profile active. */
    List<String> goals(String profile, String artifactId) {
        Map<String, Node> executions = new LinkedHashMap<>();
        String plugin = "/build/plugins/plugin[artifactId='" + artifactId + "']/executions/execution";
        for (Node e : nodes("/project" + plugin)) {
            executions.put(text(e, "id"), e);
        }
        if (profile != null) {
            for (Node e : nodes("/project/profiles/profile[id='" + profile + "']" + plugin)) {
                executions.put(text(e, "id"), e);
            }
        }
        List<String> goals = new ArrayList<>();
        for (Node e : executions.values()) {
            if (!"none".equals(text(e, "phase"))) {
                for (Node goal : nodes(e, "goals/goal")) {
                    goals.add(goal.getTextContent().trim());
                }
            }
        }
        return goals;
    }

    /** The regex an enforcer rule of the profile demands of a property, or null. */
    String requiredProperty(String profile, String property) {
        List<String> regex = texts("/project/profiles/profile[id='" + profile
                + "']//plugin[artifactId='maven-enforcer-plugin']//requireProperty[property='" + property
                + "']/regex");
        return regex.isEmpty() ? null : regex.getFirst();
    }

    private Map<String, String> properties(String path) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Node n : nodes(path)) {
            properties.put(n.getNodeName(), n.getTextContent().trim());
        }
        return properties;
    }

    private List<String> texts(String path) {
        return nodes(path).stream().map(n -> n.getTextContent().trim()).toList();
    }

    private String text(Node context, String path) {
        List<Node> found = nodes(context, path);
        return found.isEmpty() ? "" : found.getFirst().getTextContent().trim();
    }

    private List<Node> nodes(String path) {
        return nodes(pom, path);
    }

    private List<Node> nodes(Object context, String path) {
        try {
            NodeList list = (NodeList) xpath.evaluate(path, context, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
