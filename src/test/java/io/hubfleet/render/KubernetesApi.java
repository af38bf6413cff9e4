package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.gson.JsonParser;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the Kubernetes API would say to an object: the official Java client's model of each built-in kind
 * (its {@code validateJsonElement} refuses an unknown field, a missing required one or a wrong type), and
 * for custom resources the OpenAPI schema of their CRD as shipped in the pinned charts (unknown fields
 * refused where the schema does not preserve them; CEL rules left out).
 */
public final class KubernetesApi {

    /** Groups the Kubernetes API itself serves: their kinds must have a model. */
    static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "rbac.authorization.k8s.io",
            "networking.k8s.io", "scheduling.k8s.io", "storage.k8s.io", "autoscaling", "apiextensions.k8s.io",
            "admissionregistration.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "apiregistration.k8s.io",
            "certificates.k8s.io", "node.k8s.io");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, Schema> CRD_SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, String> CRD_CHARTS = new ConcurrentHashMap<>();
    private static volatile boolean chartCrdsLoaded;

    private KubernetesApi() {
    }

    static String group(String apiVersion) {
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    static String version(String apiVersion) {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    /** Why the API would refuse the object: empty when it would accept it. */
    public static List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String what = kind + " " + object.at("/metadata/namespace").asText("") + "/" + object.at("/metadata/name").asText();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of(what + ": no apiVersion or kind");
        }
        String group = group(apiVersion);
        if (BUILT_IN_GROUPS.contains(group)) {
            return model(apiVersion, kind).map(model -> validate(model, object, what))
                    .orElse(List.of(what + ": " + apiVersion + " " + kind + " is not a kind the Kubernetes API serves"));
        }
        Schema schema = crdSchema(group, version(apiVersion), kind);
        if (schema == null) {
            return List.of(what + ": no CRD in the pinned charts defines " + apiVersion + " " + kind);
        }
        ObjectNode body = object.deepCopy();
        body.remove(List.of("apiVersion", "kind", "metadata", "status"));
        return schema.validate(body).stream().map(error -> what + ": " + error.getMessage()).toList();
    }

    /** The client's model class of a built-in kind: {@code V1Deployment}, {@code V2HorizontalPodAutoscaler}. */
    static Optional<Class<?>> model(String apiVersion, String kind) {
        String version = version(apiVersion);
        String name = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        try {
            return Optional.of(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static List<String> validate(Class<?> model, JsonNode object, String what) {
        try {
            Method validate = model.getMethod("validateJsonElement", com.google.gson.JsonElement.class);
            validate.invoke(null, JsonParser.parseString(JSON.writeValueAsString(object)));
            return List.of();
        } catch (InvocationTargetException e) {
            return List.of(what + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The chart folder ({@code <chart>-<version>}) whose {@code crds/} ships the CRD of the kind, which
     * Helm installs before the chart's templates on the release's first install.
     */
    public static Optional<String> chartShipping(String group, String kind) {
        loadChartCrds();
        return Optional.ofNullable(CRD_CHARTS.get(group + "/" + kind));
    }

    /** Registers the CRDs a release renders (cert-manager's are templates). */
    public static void learn(List<? extends JsonNode> objects) {
        for (JsonNode object : objects) {
            if (object.path("kind").asText().equals("CustomResourceDefinition")) {
                register(object);
            }
        }
    }

    private static Schema crdSchema(String group, String version, String kind) {
        loadChartCrds();
        return CRD_SCHEMAS.get(group + "/" + version + "/" + kind);
    }

    /** The CRDs in the pinned charts' crds/ folders, which Helm installs and helm-java does not print. */
    private static synchronized void loadChartCrds() {
        if (chartCrdsLoaded) {
            return;
        }
        try (Stream<Path> files = Files.walk(Upstream.charts())) {
            for (Path file : files.filter(KubernetesApi::isShippedCrdFile)
                    .toList()) {
                try (var parser = new YAMLFactory().createParser(file.toFile())) {
                    var documents = YAML.readValues(parser, JsonNode.class);
                    while (documents.hasNext()) {
                        JsonNode document = documents.next();
                        if (document != null && document.path("kind").asText().equals("CustomResourceDefinition")) {
                            register(document);
                            CRD_CHARTS.put(document.at("/spec/group").asText() + "/" + document.at("/spec/names/kind").asText(),
                                    Upstream.charts().relativize(file).getName(0).toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chartCrdsLoaded = true;
    }

    /** A file under a chart's {@code crds/} folder (Helm installs those as they are, untemplated). */
    private static boolean isShippedCrdFile(Path file) {
        Path relative = Upstream.charts().relativize(file);
        boolean underCrds = false;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String segment = relative.getName(i).toString();
            if (segment.equals("templates")) {
                return false;
            }
            underCrds |= segment.equals("crds") && i > 0 && !relative.getName(i - 1).toString().equals("charts");
        }
        return underCrds && file.toString().matches(".*\\.ya?ml$");
    }

    private static void register(JsonNode crd) {
        String group = crd.at("/spec/group").asText();
        String kind = crd.at("/spec/names/kind").asText();
        for (JsonNode version : crd.at("/spec/versions")) {
            JsonNode schema = version.at("/schema/openAPIV3Schema");
            if (schema.isMissingNode()) {
                continue;
            }
            ObjectNode strict = strict(schema.deepCopy());
            strict.remove("x-kubernetes-preserve-unknown-fields");
            // The envelope is the API server's own business (metadata is checked by it, not the CRD).
            List<String> envelope = List.of("apiVersion", "kind", "metadata", "status");
            if (strict.path("properties") instanceof ObjectNode properties) {
                properties.remove(envelope);
            }
            if (strict.path("required") instanceof ArrayNode required) {
                for (int i = required.size() - 1; i >= 0; i--) {
                    if (envelope.contains(required.get(i).asText())) {
                        required.remove(i);
                    }
                }
            }
            CRD_SCHEMAS.put(group + "/" + version.path("name").asText() + "/" + kind,
                    SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(strict));
        }
    }

    /**
     * The schema as the API server applies it: objects with declared properties and no
     * {@code x-kubernetes-preserve-unknown-fields} keep no unknown field (the server prunes or, with
     * strict field validation, refuses them); {@code int-or-string} takes both.
     */
    static ObjectNode strict(ObjectNode schema) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            ObjectNode either = JSON.createObjectNode();
            ArrayNode types = either.putArray("anyOf");
            types.addObject().put("type", "integer");
            types.addObject().put("type", "string");
            return either;
        }
        if (schema.has("properties") && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("properties") && value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> props = value.fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = props.next();
                    if (property.getValue().isObject()) {
                        ((ObjectNode) value).set(property.getKey(), strict((ObjectNode) property.getValue()));
                    }
                }
            } else if ((entry.getKey().equals("items") || entry.getKey().equals("additionalProperties")) && value.isObject()) {
                schema.set(entry.getKey(), strict((ObjectNode) value));
            } else if ((entry.getKey().equals("allOf") || entry.getKey().equals("anyOf") || entry.getKey().equals("oneOf"))
                    && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        ((ArrayNode) value).set(i, strict((ObjectNode) value.get(i)));
                    }
                }
            }
        }
        return schema;
    }

    /** All rendered objects' kinds, for tests that want a list. */
    static List<String> kinds(List<ObjectNode> objects) {
        List<String> kinds = new ArrayList<>();
        objects.forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }
}
