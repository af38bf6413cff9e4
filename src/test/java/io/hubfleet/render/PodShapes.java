package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.plan.PlanResource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every pod an estate would run: the pod templates of the rendered and the program's own workloads,
 * and the pods created at run time, read from the values that tell their creators what to make —
 * KubeSpawner's user servers (one per profile choice, z2jh's jupyterhub_config.py) and dask-gateway's
 * schedulers and workers (one worker per worker size, dask_gateway_server/backends/kubernetes/controller.py
 * make_pod at 2026.3.0).
 */
public final class PodShapes {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PodShapes() {
    }

    public static List<PodShape> of(Estate estate) {
        List<PodShape> pods = new ArrayList<>(templates(estate));
        for (ReleaseView release : ReleaseView.of(estate)) {
            switch (release.chart()) {
                case "jupyterhub" -> pods.addAll(userServers(release));
                case "dask-gateway" -> pods.addAll(daskPods(release));
                default -> {
                }
            }
        }
        return pods;
    }

    /** The pod templates of every workload the estate's releases and program make. */
    public static List<PodShape> templates(Estate estate) {
        List<PodShape> pods = new ArrayList<>();
        for (StackObjects.Origin origin : estate.objects()) {
            JsonNode object = origin.object();
            String kind = origin.kind();
            String what = origin.stack() + "/" + origin.resource() + ": " + kind + " " + origin.namespace() + "/" + origin.name();
            if (WORKLOADS.contains(kind)) {
                pods.add(PodShape.of(origin.stack(), what, origin.namespace(), object.at("/spec/template/metadata/labels"),
                        object.at("/spec/template/spec"), kind.equals("DaemonSet")));
            } else if (kind.equals("CronJob")) {
                pods.add(PodShape.of(origin.stack(), what, origin.namespace(),
                        object.at("/spec/jobTemplate/spec/template/metadata/labels"),
                        object.at("/spec/jobTemplate/spec/template/spec"), false));
            } else if (kind.equals("Pod")) {
                pods.add(PodShape.of(origin.stack(), what, origin.namespace(), object.at("/metadata/labels"),
                        object.path("spec"), false));
            }
        }
        return pods;
    }

    /** A user server per profile choice (or the one default server when there are no profiles). */
    static List<PodShape> userServers(ReleaseView release) {
        ObjectNode values = release.values();
        JsonNode singleuser = values.path("singleuser");
        Map<String, String> labels = new TreeMap<>();
        labels.put("app", values.path("nameOverride").asText("").isEmpty() ? "jupyterhub" : values.path("nameOverride").asText());
        labels.put("release", release.name());
        labels.put("component", "singleuser-server");
        labels.putAll(PodShape.strings(singleuser.path("extraLabels")));
        List<PodShape.Toleration> tolerations = new ArrayList<>(PodShape.tolerations(values.at("/scheduling/userPods/tolerations")));
        tolerations.addAll(PodShape.tolerations(singleuser.path("extraTolerations")));
        // KubeSpawner's node_affinity_required (singleuser.extraNodeAffinity.required), then z2jh's node
        // purpose term appended (jupyterhub_config.py): terms are ORed.
        List<List<PodShape.Requirement>> required = new ArrayList<>(PodShape.terms(singleuser.at("/extraNodeAffinity/required")));
        if (values.at("/scheduling/userPods/nodeAffinity/matchNodePurpose").asText().equals("require")) {
            required.add(List.of(new PodShape.Requirement("hub.jupyter.org/node-purpose", "In", List.of("user"))));
        }
        ObjectNode defaults = JsonNodeFactory.instance.objectNode();
        defaults.set("node_selector", singleuser.path("nodeSelector"));
        defaults.set("cpu_guarantee", singleuser.at("/cpu/guarantee"));
        defaults.set("mem_guarantee", singleuser.at("/memory/guarantee"));
        defaults.set("service_account", singleuser.path("serviceAccountName"));

        List<PodShape> pods = new ArrayList<>();
        JsonNode profiles = singleuser.path("profileList");
        if (profiles.isEmpty()) {
            pods.add(userServer(release, "the default server", labels, required, tolerations, defaults));
        }
        for (JsonNode profile : profiles) {
            ObjectNode override = defaults.deepCopy();
            override.setAll((ObjectNode) profile.path("kubespawner_override").deepCopy().require());
            List<ObjectNode> choices = new ArrayList<>();
            for (JsonNode option : profile.path("profile_options")) {
                option.path("choices").fields().forEachRemaining(choice -> {
                    ObjectNode chosen = override.deepCopy();
                    JsonNode more = choice.getValue().path("kubespawner_override");
                    if (more.isObject()) {
                        chosen.setAll((ObjectNode) more.deepCopy());
                    }
                    chosen.put("_choice", choice.getKey());
                    choices.add(chosen);
                });
            }
            if (choices.isEmpty()) {
                choices.add(override);
            }
            for (ObjectNode chosen : choices) {
                pods.add(userServer(release, "profile " + profile.path("slug").asText(profile.path("display_name").asText())
                        + (chosen.has("_choice") ? " choice " + chosen.path("_choice").asText() : ""),
                        labels, required, tolerations, chosen));
            }
        }
        return pods;
    }

    private static PodShape userServer(ReleaseView release, String which, Map<String, String> labels,
                                       List<List<PodShape.Requirement>> required,
                                       List<PodShape.Toleration> tolerations, ObjectNode spawner) {
        List<PodShape.Toleration> effective = spawner.has("tolerations")
                ? PodShape.tolerations(spawner.path("tolerations")) : tolerations;
        List<List<PodShape.Requirement>> affinity = spawner.has("node_affinity_required")
                ? PodShape.terms(spawner.path("node_affinity_required")) : required;
        int gpus = spawner.at("/extra_resource_limits/nvidia.com~1gpu").asInt(0);
        String account = spawner.path("service_account").asText("");
        return new PodShape(release.stack(), release + ": user server, " + which, release.namespace(), labels,
                PodShape.strings(spawner.path("node_selector")), affinity, effective,
                account.isEmpty() ? "default" : account, spawner.path("cpu_guarantee").asDouble(0),
                Amounts.spawnerMemoryGiB(spawner.path("mem_guarantee")), gpus, false, true);
    }

    /** dask-gateway's fullname (its _helpers.tpl), which names its objects and labels its pods' instance. */
    static String daskInstance(ReleaseView release) {
        String override = release.value("/fullnameOverride").asText("");
        if (!override.isEmpty()) {
            return override;
        }
        String name = release.value("/nameOverride").asText("").isEmpty() ? "dask-gateway" : release.value("/nameOverride").asText();
        return release.name().contains(name) ? release.name() : release.name() + "-" + name;
    }

    /** A scheduler, and a worker per worker size the gateway offers. */
    static List<PodShape> daskPods(ReleaseView release) {
        ObjectNode values = release.values();
        JsonNode backend = values.at("/gateway/backend");
        String extraConfig = String.join("\n", textValues(values.at("/gateway/extraConfig")));
        List<PodShape> pods = new ArrayList<>();
        pods.add(daskPod(release, "scheduler", backend.path("scheduler"), extraConfig,
                backend.at("/scheduler/cores/request").asDouble(0),
                Amounts.spawnerMemoryGiB(backend.at("/scheduler/memory/request"))));
        PlanResource gateway = release.plan().parentOf(release.resource()).orElseThrow();
        for (JsonNode size : gateway.outputs().path("workerSizes")) {
            pods.add(daskPod(release, "worker", backend.path("worker"), extraConfig, size.path("cpu").asDouble(),
                    size.path("memoryGiB").asDouble()));
        }
        return pods;
    }

    private static PodShape daskPod(ReleaseView release, String role, JsonNode config, String extraConfig,
                                    double cpu, double memoryGiB) {
        JsonNode podConfig = config.path("extraPodConfig");
        Map<String, String> labels = new TreeMap<>();
        labels.put("gateway.dask.org/instance", daskInstance(release));
        labels.put("gateway.dask.org/cluster", "a-cluster");
        labels.put("app.kubernetes.io/component", "dask-" + role);
        labels.putAll(pythonDict(extraConfig, "c.KubeClusterConfig." + role + "_extra_pod_labels"));
        return new PodShape(release.stack(), release + ": dask " + role + " (" + cpu + " CPU, " + memoryGiB + " GiB)",
                release.namespace(), labels, PodShape.strings(podConfig.path("nodeSelector")),
                PodShape.terms(podConfig.at("/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms")),
                PodShape.tolerations(podConfig.path("tolerations")), podConfig.path("serviceAccountName").asText("default"),
                cpu, memoryGiB, 0, false, true);
    }

    /** A dict hubfleet assigns as a JSON literal in a gateway's extraConfig ({@code c.X.y = {...}}). */
    static Map<String, String> pythonDict(String python, String target) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(target) + " = (\\{.*})$").matcher(python);
        if (!matcher.find()) {
            return Map.of();
        }
        try {
            return PodShape.strings(JSON.readTree(matcher.group(1)));
        } catch (IOException e) {
            throw new IllegalStateException(target + " is not a JSON literal: " + matcher.group(1), e);
        }
    }

    private static List<String> textValues(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (value.isTextual()) {
                texts.add(value.asText());
            }
        }
        return texts;
    }
}
