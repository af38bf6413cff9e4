package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.ReleaseValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a planned Helm release with the real Helm library (helm-java) and the real chart at its pinned
 * version: the release's own name, namespace and values (its values files merged), for Kubernetes 1.35.
 * What Helm would send the cluster on install, hooks and {@code crds/} aside (helm-java prints neither).
 * Renders are kept by release and values, so the many tests reading them render each once.
 */
public final class ChartRenderer {

    /** The Kubernetes version hubfleet deploys (components/kubernetes/versions.yaml). */
    public static final String KUBE_VERSION = "1.35.0";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private ChartRenderer() {
    }

    /** The objects the release installs. */
    public static List<ObjectNode> render(PlanResource release) {
        String chart = release.input("/chart").asText();
        String version = release.input("/version").asText();
        String name = release.input("/name").asText();
        String namespace = release.input("/namespace").asText();
        ObjectNode values = ReleaseValues.of(release);
        String key = chart + "@" + version + "|" + name + "|" + namespace + "|" + values;
        return RENDERED.computeIfAbsent(key, k -> renderNow(chart, version, name, namespace, values));
    }

    private static synchronized List<ObjectNode> renderNow(String chart, String version, String name, String namespace,
                                                           ObjectNode values) {
        FakeKubernetesApi.ensureRunning();
        Path dir = Upstream.chart(chart, version);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no chart folder " + dir.toAbsolutePath().normalize() + " for " + chart + " "
                    + version);
        }
        try {
            Path valuesFile = Files.createTempFile("hubfleet-values-", ".json");
            try {
                JSON.writeValue(valuesFile.toFile(), values);
                String manifest = new Helm(dir).template()
                        .withName(name)
                        .withNamespace(namespace)
                        .withKubeVersion(KUBE_VERSION)
                        .withValuesFile(valuesFile)
                        .call();
                return parse(manifest);
            } finally {
                Files.deleteIfExists(valuesFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Helm could not render " + chart + " " + version + " as release " + name
                    + " in " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** The manifest's objects, empty documents left out. */
    static List<ObjectNode> parse(String manifest) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(manifest)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document instanceof ObjectNode object && object.has("kind")) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }
}
