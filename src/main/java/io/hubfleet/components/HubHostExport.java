package io.hubfleet.components;

import io.hubfleet.config.Cloud;
import io.hubfleet.config.GpuSpec;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code hubHost} output of a cluster stack, read back: docs/shared-clusters.md describes each field.
 *
 * @param values the output's value
 */
public record HubHostExport(Map<String, Object> values) {

    public static final int FORMAT_VERSION = 1;

    public String cloud() {
        return text("cloud");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> facts() {
        return (Map<String, Object>) values.getOrDefault("facts", Map.of());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> homeShare() {
        return (Map<String, Object>) values.getOrDefault("homeShare", Map.of());
    }

    @SuppressWarnings("unchecked")
    public List<String> mountOptions() {
        return (List<String>) homeShare().getOrDefault("mountOptions", List.of());
    }

    /** The cluster's user pools, their machines resolved in this cloud's catalogue. */
    @SuppressWarnings("unchecked")
    public List<UserPool> userPools(Cloud cloud) {
        List<Map<String, Object>> pools = (List<Map<String, Object>>) values.getOrDefault("userPools", List.of());
        MachineCatalogue catalogue = MachineCatalogue.of(cloud);
        return pools.stream().map(pool -> {
            String type = pool.get("machineType").toString();
            var machine = catalogue.find(type).orElseThrow(() -> new IllegalStateException(
                    "the cluster stack's pool " + pool.get("name") + " has the machine type " + type
                            + ", which components/machines does not list"));
            String gpuType = pool.getOrDefault("gpuType", "").toString();
            int gpuCount = ((Number) pool.getOrDefault("gpuCount", 0)).intValue();
            return new UserPool(pool.get("name").toString(), type, Allocatable.of(cloud, machine),
                    gpuType.isEmpty() ? null : new GpuSpec(gpuType, gpuCount),
                    (Map<String, String>) pool.getOrDefault("nodeSelector", Map.of()));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<HubValuesInput.MetricsScraper> metricsScraper() {
        Object scraper = values.get("metricsScraper");
        if (!(scraper instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        return Optional.of(new HubValuesInput.MetricsScraper(map.get("namespace").toString(),
                (Map<String, String>) map.get("podLabels")));
    }

    @SuppressWarnings("unchecked")
    public List<String> ingressAddresses() {
        return (List<String>) values.getOrDefault("ingressAddresses", List.of());
    }

    public String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("the cluster stack's hubHost output has no " + key);
        }
        return value.toString();
    }

    public boolean present() {
        return values.containsKey("facts");
    }
}
