package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.cloud.Taint;
import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.config.hub.ResourceChoiceConfig;
import io.hubfleet.helm.Quantities;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Server options ({@code singleuser.profileList}). Declared profiles translate one to one. Generated
 * profiles offer, per user pool, shares of a node that fit what it leaves for pods: 1/16, 1/8, 1/4,
 * 1/2 and the whole node (shares under 1 GiB are dropped), memory guaranteed and limited to the share,
 * CPU guaranteed to the share and free to burst to the node. GPU pools offer one choice per GPU count.
 */
public final class ProfileValues {

    static final int[] SHARES = {16, 8, 4, 2, 1};
    static final double MIN_CHOICE_GIB = 1.0;
    static final String GPU_RESOURCE = "nvidia.com/gpu";

    private ProfileValues() {
    }

    /** Profiles generated from the user pools; the first pool without GPUs is preselected. */
    public static ArrayNode generated(List<UserPool> pools) {
        ArrayNode profiles = JsonNodeFactory.instance.arrayNode();
        Optional<UserPool> preselected = pools.stream().filter(p -> !p.hasGpu()).findFirst()
                .or(() -> pools.stream().findFirst());
        for (UserPool pool : pools) {
            ObjectNode profile = profiles.addObject();
            profile.put("display_name", title(pool));
            profile.put("slug", pool.name());
            profile.put("description", "A share of a " + pool.machineType() + " node ("
                    + Quantities.cpu(pool.allocatable().cpu()) + " vCPU, "
                    + Quantities.gibForPeople(pool.allocatable().memoryGiB()) + " GiB for your server"
                    + (pool.hasGpu() ? ", " + pool.gpu().count() + " × " + pool.gpu().type() : "") + ").");
            if (preselected.isPresent() && preselected.get() == pool) {
                profile.put("default", true);
            }
            ObjectNode override = profile.putObject("kubespawner_override");
            override.set("node_selector", object(pool.nodeSelector()));
            if (pool.hasGpu()) {
                gpuPlacement(override);
            }
            ObjectNode choices = profile.putObject("profile_options").putObject("resources")
                    .put("display_name", pool.hasGpu() ? "GPUs" : "Resource allocation")
                    .putObject("choices");
            if (pool.hasGpu()) {
                gpuChoices(pool, choices);
            } else {
                shareChoices(pool, choices);
            }
        }
        return profiles;
    }

    private static void shareChoices(UserPool pool, ObjectNode choices) {
        double nodeCpu = Quantities.cpu(pool.allocatable().cpu());
        boolean first = true;
        int position = 0;
        for (int share : SHARES) {
            double memory = pool.allocatable().memoryGiB() / share;
            if (memory < MIN_CHOICE_GIB) {
                continue;
            }
            double cpu = Quantities.cpu(pool.allocatable().cpu() / share);
            // Helm sorts mapping keys; the position keeps choices smallest first in the spawn form.
            ObjectNode choice = choices.putObject(choiceKey(++position, Quantities.gibForPeople(memory) + "GiB"));
            choice.put("display_name", Quantities.gibForPeople(memory) + " GiB RAM, up to " + nodeCpu + " CPUs"
                    + (share == 1 ? " (whole node)" : ""));
            if (first) {
                choice.put("default", true);
                first = false;
            }
            resources(choice.putObject("kubespawner_override"), cpu, nodeCpu, memory);
        }
    }

    private static void gpuChoices(UserPool pool, ObjectNode choices) {
        int gpus = pool.gpu().count();
        for (int count = 1; count <= gpus; count++) {
            double memory = pool.allocatable().memoryGiB() * count / gpus;
            double cpu = Quantities.cpu(pool.allocatable().cpu() * count / gpus);
            ObjectNode choice = choices.putObject(choiceKey(count, count + "gpu"));
            choice.put("display_name", count + " × " + pool.gpu().type() + ", "
                    + Quantities.gibForPeople(memory) + " GiB RAM, " + cpu + " CPUs");
            if (count == 1) {
                choice.put("default", true);
            }
            ObjectNode override = choice.putObject("kubespawner_override");
            resources(override, cpu, cpu, memory);
            override.putObject("extra_resource_limits").put(GPU_RESOURCE, String.valueOf(count));
        }
    }

    /** Declared profiles, translated; a profile on a GPU pool tolerates its GPU taint. */
    public static ArrayNode declared(List<ProfileConfig> declared, List<UserPool> pools) {
        ArrayNode profiles = JsonNodeFactory.instance.arrayNode();
        for (ProfileConfig config : declared) {
            UserPool pool = pools.stream().filter(p -> p.name().equals(config.pool())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("profile " + config.name()
                            + " runs on pool " + config.pool() + ", which is not a user pool"));
            ObjectNode profile = profiles.addObject();
            profile.put("display_name", config.displayName());
            profile.put("slug", config.name());
            if (config.description() != null) {
                profile.put("description", config.description());
            }
            if (config.isDefault()) {
                profile.put("default", true);
            }
            ObjectNode override = profile.putObject("kubespawner_override");
            override.set("node_selector", object(pool.nodeSelector()));
            if (config.resourceChoices().isEmpty()) {
                size(override, config.cpuGuarantee(), config.cpuLimit(), config.memoryGuaranteeGiB(),
                        config.memoryLimitGiB(), null);
            }
            if (config.image() != null) {
                override.put("image", config.image().reference());
            }
            ImageChoiceValues.apply(profile, config);
            resourceChoices(profile, config, pool);
            if (pool.hasGpu()) {
                gpuPlacement(override);
                if (config.gpus() != null) {
                    override.putObject("extra_resource_limits").put(GPU_RESOURCE, String.valueOf(config.gpus()));
                }
            }
        }
        return profiles;
    }

    /**
     * A declared profile's sizes to choose from: {@code profile_options.resources}, one choice per entry, each
     * overriding the size (KubeSpawner 7.0.0 applies a choice's {@code kubespawner_override} over its
     * profile's); groups ride along for hub/profile-groups.py, which drops the choices a user's groups do not
     * admit from both the form and what a submitted choice is checked against.
     */
    private static void resourceChoices(ObjectNode profile, ProfileConfig config, UserPool pool) {
        if (config.resourceChoices().isEmpty()) {
            return;
        }
        ObjectNode choices = profile.withObject("/profile_options").putObject("resources")
                .put("display_name", "Resource allocation").putObject("choices");
        boolean marked = config.resourceChoices().stream().anyMatch(ResourceChoiceConfig::isDefault);
        for (int j = 0; j < config.resourceChoices().size(); j++) {
            ResourceChoiceConfig resource = config.resourceChoices().get(j);
            // Helm sorts mapping keys; the position keeps the community's order in the spawn form.
            ObjectNode choice = choices.putObject(choiceKey(j + 1, resource.name()));
            choice.put("display_name", resource.displayName());
            if (marked ? resource.isDefault() : j == 0) {
                choice.put("default", true);
            }
            size(choice.putObject("kubespawner_override"), resource.cpuGuarantee(), resource.cpuLimit(),
                    resource.memoryGuaranteeGiB(), resource.memoryLimitGiB(), pool.hasGpu() ? resource.gpus() : null);
            GroupValues.limit(choice, resource.allowedGroups());
        }
    }

    private static void size(ObjectNode override, Double cpuGuarantee, Double cpuLimit, double memoryGuaranteeGiB,
                             double memoryLimitGiB, Integer gpus) {
        override.put("mem_guarantee", Quantities.memory(memoryGuaranteeGiB));
        override.put("mem_limit", Quantities.memory(memoryLimitGiB));
        if (cpuGuarantee != null) {
            override.put("cpu_guarantee", cpuGuarantee);
        }
        if (cpuLimit != null) {
            override.put("cpu_limit", cpuLimit);
        }
        if (gpus != null) {
            override.putObject("extra_resource_limits").put(GPU_RESOURCE, String.valueOf(gpus));
        }
    }

    static String choiceKey(int position, String what) {
        return String.format(java.util.Locale.ROOT, "%02d-%s", position, what);
    }

    private static void resources(ObjectNode override, double cpuGuarantee, double cpuLimit, double memoryGiB) {
        override.put("cpu_guarantee", cpuGuarantee);
        override.put("cpu_limit", cpuLimit);
        override.put("mem_guarantee", Quantities.memory(memoryGiB));
        override.put("mem_limit", Quantities.memory(memoryGiB));
    }

    private static String title(UserPool pool) {
        String size = pool.machineType() + " (" + Quantities.cpu(pool.allocatable().cpu()) + " vCPU, "
                + Quantities.gibForPeople(pool.allocatable().memoryGiB()) + " GiB";
        return pool.hasGpu()
                ? "GPU: " + size + ", " + pool.gpu().count() + " × " + pool.gpu().type() + ")"
                : size + ")";
    }

    /**
     * A GPU profile's way onto its GPU pool: the user-node term without the "no GPU" condition every
     * other user pod has (components/hub/values.yaml, singleuser.extraNodeAffinity), and the GPU taint
     * tolerated. Both KubeSpawner traits replace the hub-wide ones.
     */
    static void gpuPlacement(ObjectNode override) {
        override.putArray("node_affinity_required").addObject().putArray("matchExpressions").addObject()
                .put("key", "hub.jupyter.org/node-purpose").put("operator", "In").putArray("values").add("user");
        override.set("tolerations", gpuTolerations());
    }

    /**
     * KubeSpawner's {@code tolerations} replaces the user tolerations z2jh sets, so they are repeated with the
     * GPU taint's: derived from the taints the pools carry (NodeRole.USER, Taint.GPU, Taint.AKS_SPOT), plus
     * z2jh's other spelling of the user taint, which its user pods tolerate too (z2jh 4.4.0 values.yaml,
     * scheduling.userPods.tolerations).
     */
    static ArrayNode gpuTolerations() {
        Taint user = NodeRole.USER.taint().orElseThrow();
        ArrayNode tolerations = JsonNodeFactory.instance.arrayNode();
        tolerateEqual(tolerations, new Taint(Z2JH_LEGACY_USER_TAINT_KEY, user.value(), user.effect()));
        tolerateEqual(tolerations, user);
        // The device plugin's taint value varies by installer: tolerate the key.
        tolerations.addObject().put("key", Taint.GPU.key()).put("operator", "Exists")
                .put("effect", Taint.GPU.effect().kubernetesName());
        tolerateEqual(tolerations, Taint.AKS_SPOT);
        return tolerations;
    }

    /** z2jh's slash spelling of the user taint key; hubfleet's pools use the underscore one (NodeRole.USER). */
    static final String Z2JH_LEGACY_USER_TAINT_KEY = "hub.jupyter.org/dedicated";

    private static void tolerateEqual(ArrayNode tolerations, Taint taint) {
        tolerations.addObject().put("key", taint.key()).put("operator", "Equal").put("value", taint.value())
                .put("effect", taint.effect().kubernetesName());
    }

    private static ObjectNode object(Map<String, String> map) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        new java.util.TreeMap<>(map).forEach(node::put);
        return node;
    }
}
