package io.hubfleet.components;

import com.pulumi.core.Output;
import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.Cloud;
import io.hubfleet.config.HomeStorageConfig;
import io.hubfleet.config.HomeStorageKind;
import io.hubfleet.config.StorageTier;
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

    /**
     * How the cluster keeps its hubs' homes. A cluster stack exported before home disks existed has only
     * a {@code homeShare}: a shared file service.
     */
    @SuppressWarnings("unchecked")
    public HubHomes homes(Cloud cloud) {
        Map<String, Object> storage = (Map<String, Object>) values.getOrDefault("homeStorage", Map.of());
        if (!HomeStorageKind.DISK.configName().equals(storage.get("kind"))) {
            return new HubHomes.Shared(new HomeShare.Remote(Output.of(homeShare().get("server").toString()),
                    homeShare().get("exportRoot").toString(), mountOptions()));
        }
        Map<String, Object> backups = (Map<String, Object>) storage.getOrDefault("backups", Map.of());
        return new HubHomes.Disks(new HomeStorageConfig(HomeStorageKind.DISK,
                StorageTier.fromConfigName(storage.get("tier").toString()),
                ((Number) storage.get("capacityGiB")).intValue(), ((Number) storage.get("perUserQuotaGiB")).intValue(),
                new BackupConfig((Boolean) backups.get("enabled"), (String) backups.get("timeUtc"),
                        backups.get("retentionDays") == null ? null : ((Number) backups.get("retentionDays")).intValue())),
                cloud);
    }

    /** The {@code homeStorage} field of a cluster stack's {@code hubHost}: its kind, and a disk's defaults. */
    static Map<String, Object> homeStorage(HubHomes homes) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (homes instanceof HubHomes.Disks disks) {
            HomeStorageConfig settings = disks.settings();
            out.put("kind", HomeStorageKind.DISK.configName());
            out.put("tier", settings.tier().configName());
            out.put("capacityGiB", settings.effectiveCapacityGiB(disks.cloud()));
            out.put("perUserQuotaGiB", settings.effectiveQuotaGiB());
            Map<String, Object> backups = new java.util.LinkedHashMap<>();
            backups.put("enabled", settings.backups().enabled());
            backups.put("timeUtc", settings.backups().timeUtc());
            backups.put("retentionDays", settings.backups().retentionDays());
            out.put("backups", backups);
        } else {
            out.put("kind", HomeStorageKind.MANAGED.configName());
        }
        return out;
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

    /**
     * The cluster's ACME account, which each hub-only hub's own issuer uses. Cluster stacks deployed
     * before hubfleet exported it have none: deploy the cluster stack first.
     */
    @SuppressWarnings("unchecked")
    public AcmeAccount acme() {
        Object value = values.get("acme");
        if (!(value instanceof Map<?, ?> map) || map.get("email") == null || map.get("server") == null) {
            throw new IllegalStateException("the cluster stack's hubHost output has no acme account: run pulumi up "
                    + "on the cluster stack with this version of hubfleet first (docs/shared-clusters.md)");
        }
        Map<String, Object> acme = (Map<String, Object>) map;
        return new AcmeAccount(acme.get("email").toString(), acme.get("server").toString());
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
