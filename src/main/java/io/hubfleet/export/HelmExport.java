package io.hubfleet.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.PlanValues;
import io.hubfleet.plan.ReleaseValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything needed to run a stack's hubs with Helm alone, from its plan: per release its chart
 * reference and the exact values the release hands Helm; the Kubernetes objects hubfleet makes beside
 * the charts; the Secrets as templates whose values are named placeholders; and a README with the
 * commands, in dependency order. No secret value is ever written: plans hold none.
 */
public final class HelmExport {

    static final String HUB_TYPE = "hubfleet:index:Hub";
    private static final Pattern STAND_IN = Pattern.compile("<stand-in:[^>]+>");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // A string that looks like a number ("1" GPU) must stay a string.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private HelmExport() {
    }

    /** Writes the export of a plan into {@code dir}; returns the files written, relative to it. */
    public static List<String> write(Plan plan, Path dir) {
        List<SecretTemplate> secrets = secrets(plan);
        List<String> written = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        Set<String> standIns = new TreeSet<>();
        List<ExportedRelease> releases = new ArrayList<>();
        int sequence = 0;
        // One order for everything hubfleet makes in the cluster: each step after those it depends on.
        for (PlanResource resource : DependencyOrder.of(plan, plan.resources().stream()
                .filter(r -> r.custom() && r.type().startsWith("kubernetes:")).toList())) {
            if (ReleaseValues.RELEASE_TYPE.equals(resource.type())) {
                ExportedRelease release = release(plan, resource);
                releases.add(release);
                written.add(write(dir, release.directory() + "/values.yaml", yaml(release.values()), standIns));
                written.add(write(dir, release.directory() + "/chart.yaml", yaml(YAML.valueToTree(release.reference())),
                        standIns));
                commands.add(release.helmCommand());
            } else if (resource.type().equals("kubernetes:core/v1:Secret")) {
                String namespace = resource.input("/metadata/namespace").asText();
                String name = resource.input("/metadata/name").asText();
                secrets.stream().filter(t -> t.namespace().equals(namespace) && t.name().equals(name)).findFirst()
                        .ifPresent(t -> commands.add("envsubst < " + t.file() + " | kubectl apply -f -"));
            } else {
                String file = String.format(java.util.Locale.ROOT, "%s/objects/%02d-%s-%s.yaml", directory(plan, resource), ++sequence,
                        resource.input("/kind").asText().toLowerCase(Locale.ROOT),
                        resource.input("/metadata/name").asText("object"));
                written.add(write(dir, file, yaml(resource.inputs()), standIns));
                commands.add("kubectl apply -f " + file);
            }
        }
        for (SecretTemplate secret : secrets) {
            written.add(write(dir, secret.file(), secret.manifest(), standIns));
        }
        written.add(write(dir, "secrets.env.example", SecretTemplate.envExample(secrets), standIns));
        written.add(write(dir, "README.md", ExportReadme.render(plan.stack(), releases, secrets, commands, standIns),
                new HashSet<>()));
        return written;
    }

    private static ExportedRelease release(Plan plan, PlanResource release) {
        String releaseName = release.input("/name").asText();
        return new ExportedRelease(directory(plan, release) + "/" + releaseName, releaseName,
                release.input("/namespace").asText(), release.input("/chart").asText(),
                release.input("/version").asText(), release.input("/repositoryOpts/repo").asText(""),
                masked(ReleaseValues.of(release), release.name()), release.urn());
    }

    /** hubs/&lt;hub&gt; for what a hub owns, cluster for the rest. */
    private static String directory(Plan plan, PlanResource resource) {
        PlanResource current = resource;
        while (current != null) {
            if (HUB_TYPE.equals(current.type())) {
                return "hubs/" + current.name();
            }
            current = plan.parentOf(current).orElse(null);
        }
        return "cluster";
    }

    /** The Secrets components registered as needed (with where their values come from). */
    static List<SecretTemplate> secrets(Plan plan) {
        // One template per Secret, with every key components asked for (a hub's OAuth secret, its secretEnv).
        Map<String, String> directories = new java.util.LinkedHashMap<>();
        Map<String, Map<String, String>> keys = new java.util.LinkedHashMap<>();
        Map<String, Map<String, String>> fixed = new java.util.LinkedHashMap<>();
        for (PlanResource component : plan.resources()) {
            for (JsonNode needed : component.outputs().path("secretsNeeded")) {
                String id = needed.path("namespace").asText() + "/" + needed.path("name").asText();
                directories.putIfAbsent(id, directory(plan, component));
                keys.computeIfAbsent(id, k -> new java.util.TreeMap<>()).put(needed.path("key").asText(),
                        needed.path("configPath").asText());
                fixed.computeIfAbsent(id, k -> new java.util.TreeMap<>()).putAll(YAML.convertValue(needed.path("fixed"),
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { }));
            }
        }
        List<SecretTemplate> out = new ArrayList<>();
        directories.forEach((id, directory) -> out.add(new SecretTemplate(directory, id.substring(0, id.indexOf('/')),
                id.substring(id.indexOf('/') + 1), keys.get(id), fixed.get(id))));
        return out;
    }

    /** Values the plan masked (none are expected in release values) become named placeholders. */
    private static ObjectNode masked(ObjectNode values, String release) {
        replaceSecrets(values, release.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
        return values;
    }

    private static void replaceSecrets(ObjectNode node, String prefix) {
        node.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            String name = prefix + "_" + entry.getKey().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (value.isTextual() && PlanValues.SECRET.equals(value.asText())) {
                entry.setValue(YAML.getNodeFactory().textNode("${" + name + "}"));
            } else if (value.isObject()) {
                replaceSecrets((ObjectNode) value, name);
            }
        });
    }

    static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render YAML", e);
        }
    }

    private static String write(Path dir, String relative, String content, Set<String> standIns) {
        Matcher m = STAND_IN.matcher(content);
        while (m.find()) {
            standIns.add(m.group());
        }
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return relative;
    }
}
