package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * What nodes really leave for pods, as 2i2c measured on real clusters
 * ({@code ../shared/upstream/2i2c-resource-allocation/}): each listed machine type's lowest allocatable
 * CPU and memory, and per cloud the most any cluster's DaemonSets request on every node (GKE's
 * standalone kube-proxy pod, 100m, added as the file says). The machine catalogue carries these
 * figures (MachineCatalogueMeasurementsTest keeps them equal); the fit checks read them there.
 */
public final class MeasuredCapacity {

    /** GKE's kube-proxy pod per node, which the DaemonSet figures leave out (the file's own note). */
    static final double GKE_KUBE_PROXY_CPU = 0.1;

    private static JsonNode capacities;
    private static JsonNode daemonSets;

    private MeasuredCapacity() {
    }

    static Path folder() {
        return Upstream.root().resolve("2i2c-resource-allocation");
    }

    private static synchronized void load() {
        if (capacities == null) {
            try {
                YAMLMapper yaml = new YAMLMapper();
                capacities = yaml.readTree(folder().resolve("2i2c-instance_capacities.yaml").toFile());
                daemonSets = yaml.readTree(folder().resolve("2i2c-daemonset_requests.yaml").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The measured allocatable of the type, where 2i2c lists it. */
    public static Optional<Allocatable> allocatable(String machineType) {
        load();
        JsonNode type = capacities.path(machineType);
        if (type.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Allocatable(type.path("cpu_allocatable_low").asDouble(),
                Amounts.kubernetesMemoryGiB(type.path("mem_allocatable_low"))));
    }

    /** The measured capacity (what the kubelet reports, less than the type's nominal memory). */
    public static Optional<Allocatable> capacity(String machineType) {
        load();
        JsonNode type = capacities.path(machineType);
        if (type.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Allocatable(type.path("cpu_capacity_low").asDouble(),
                Amounts.kubernetesMemoryGiB(type.path("mem_capacity_low"))));
    }

    /** Every machine type 2i2c measured. */
    public static Iterable<String> measuredTypes() {
        load();
        return capacities::fieldNames;
    }

    /** The most that the cloud's DaemonSets request on a node, over every measured cluster. */
    public static Allocatable daemonSets(Cloud cloud) {
        load();
        // 2i2c's file spells AKS "ask".
        JsonNode clusters = switch (cloud) {
            case GCP -> daemonSets.path("gke");
            case AWS -> daemonSets.path("eks");
            case AZURE -> daemonSets.has("aks") ? daemonSets.path("aks") : daemonSets.path("ask");
        };
        double cpu = 0;
        double memory = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = clusters.fields(); it.hasNext(); ) {
            JsonNode cluster = it.next().getValue();
            cpu = Math.max(cpu, Amounts.cpu(cluster.path("cpu_requests")));
            memory = Math.max(memory, Amounts.kubernetesMemoryGiB(cluster.path("memory_requests")));
        }
        return new Allocatable(cpu + (cloud == Cloud.GCP ? GKE_KUBE_PROXY_CPU : 0), memory);
    }

    /** Whether 2i2c's figures are here to compare with (a fork may not have them). */
    public static boolean present() {
        return java.nio.file.Files.isRegularFile(folder().resolve("2i2c-instance_capacities.yaml"));
    }
}
