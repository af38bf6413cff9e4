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

    /** The objects the release installs; without the pinned charts the calling test is skipped, naming the folder. */
    public static List<ObjectNode> render(PlanResource release) {
        Upstream.assumeCharts();
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
        Path source = Upstream.chart(chart, version);
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("no chart folder " + source.toAbsolutePath().normalize() + " for " + chart + " "
                    + version);
        }
        Path dir = withHooksShown(source);
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

    /** The annotation a hook's objects carry in the rendering (Helm's own hook annotation, renamed). */
    public static final String HOOK_ANNOTATION = "hubfleet.test/helm-hook";
    private static final Map<Path, Path> HOOKS_SHOWN = new ConcurrentHashMap<>();

    /**
     * A working copy of the chart (under target/, never committed) whose hook annotation is renamed, so
     * that Helm prints hook objects as ordinary ones: helm-java's template prints no hooks, and hooks
     * install objects that stay (Envoy Gateway's topology-injector webhook, its certgen Job's RBAC).
     * Each object keeps the renamed annotation, so tests know which ones hooks make. Each surefire fork has its
     * own copy (pom.xml passes its number), as one fork deletes and rewrites the copy the first time it renders.
     */
    static Path withHooksShown(Path chart) {
        return HOOKS_SHOWN.computeIfAbsent(chart, source -> {
            Path copy = Path.of("target", "render", "charts-" + System.getProperty("hubfleet.test.fork", "1"),
                    source.getFileName().toString());
            try {
                if (Files.exists(copy)) {
                    try (var old = Files.walk(copy)) {
                        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
                try (var files = Files.walk(source)) {
                    for (Path file : files.toList()) {
                        Path target = copy.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else if (file.toString().contains("/templates/") && !file.getFileName().toString().endsWith(".tgz")) {
                            Files.writeString(target, Files.readString(file).replace("\"helm.sh/hook\"", "\"" + HOOK_ANNOTATION + "\"")
                                    .replace("helm.sh/hook:", HOOK_ANNOTATION + ":"));
                        } else {
                            Files.copy(file, target);
                        }
                    }
                }
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
