package io.hubfleet.components;

import com.pulumi.core.Output;
import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.HomeStorageConfig;
import io.hubfleet.config.HomeStorageKind;
import io.hubfleet.config.StorageTier;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a hub lives, as a cluster stack tells its hub-only stacks: the stack output {@value #OUTPUT}
 * (docs/shared-clusters.md describes each field). Written by {@link #toOutput()} and read by
 * {@link #fromOutput(Map)}, here only; the cloud's own {@code facts} are written and read by that
 * cloud's hub host handle ({@code HubHostHandle.export()}, {@code CloudPlatform.importHubHost}).
 *
 * <p>Fields a cluster stack deployed by an older hubfleet may lack are empty (or {@code null}) here and
 * fail only when used, with what to do.
 *
 * @param formatVersion    the format's version ({@value #FORMAT_VERSION})
 * @param cloud            the cluster's cloud, as {@code hubfleet:cloud} names it
 * @param facts            what the cloud's hub resources need (its own names, identities, zone)
 * @param homeShare        the managed home storage's NFS export; empty with home disks
 * @param diskDefaults     with home disks, what each hub's disk gets; empty with managed storage
 * @param userPools        the cluster's user pools
 * @param systemNamespace  where hubs' home directories are made
 * @param gatewayClass     the Gateway class hubs' Gateways use
 * @param clusterIssuer    the cluster's Let's Encrypt issuer
 * @param acme             the cluster's ACME account
 * @param metricsScraper   the cluster's Prometheus, when monitoring is on
 * @param ingressAddresses the shared ingress address(es)
 */
public record HubHostContract(int formatVersion, String cloud, Map<String, Object> facts,
                              Optional<HomeShareFacts> homeShare, Optional<DiskDefaults> diskDefaults,
                              List<PoolFacts> userPools, String systemNamespace, String gatewayClass,
                              String clusterIssuer, Optional<AcmeAccount> acme,
                              Optional<HubValuesInput.MetricsScraper> metricsScraper, List<String> ingressAddresses) {

    /** The stack output's name. */
    public static final String OUTPUT = "hubHost";

    public static final int FORMAT_VERSION = 1;

    /**
     * A managed home storage's NFS export: each hub gets {@code <exportRoot>/<hub>}.
     *
     * @param server       the server's address
     * @param exportRoot   the exported path
     * @param mountOptions NFS mount options
     */
    public record HomeShareFacts(String server, String exportRoot, List<String> mountOptions) {
    }

    /**
     * What each hub's home disk gets unless the hub sets its own.
     *
     * @param tier            standard or premium
     * @param capacityGiB     the disk's size
     * @param perUserQuotaGiB each user's quota
     * @param backups         the snapshot schedule
     */
    public record DiskDefaults(StorageTier tier, int capacityGiB, int perUserQuotaGiB, BackupConfig backups) {
    }

    /**
     * A user pool of the cluster.
     *
     * @param name         the pool's name
     * @param machineType  its machine type
     * @param gpuType      its GPU type, {@code ""} without
     * @param gpuCount     GPUs per node
     * @param nodeSelector what selects its nodes
     * @param alwaysUp     on-demand nodes, at least one always running; false in a contract from before it said
     *                     so (written as {@code alwaysUp}; absent is read as false, what makes no hub pre-pull)
     */
    public record PoolFacts(String name, String machineType, String gpuType, int gpuCount,
                            Map<String, String> nodeSelector, boolean alwaysUp) {
    }

    /** The contract of a cluster of this stack, from what its hubs see of it. */
    static HubHostContract of(Cloud cloud, Map<String, Object> facts, HubHomes homes, String sharedServer,
                              List<UserPool> pools, String systemNamespace, AcmeAccount acme,
                              Optional<HubValuesInput.MetricsScraper> metricsScraper, List<String> ingressAddresses) {
        Optional<HomeShareFacts> share = Optional.empty();
        Optional<DiskDefaults> disks = Optional.empty();
        if (homes instanceof HubHomes.Shared shared) {
            share = Optional.of(new HomeShareFacts(sharedServer, shared.share().exportRoot(), shared.share().mountOptions()));
        } else if (homes instanceof HubHomes.Disks d) {
            HomeStorageConfig settings = d.settings();
            disks = Optional.of(new DiskDefaults(settings.tier(), settings.effectiveCapacityGiB(d.cloud()),
                    settings.effectiveQuotaGiB(), settings.backups()));
        }
        List<PoolFacts> poolFacts = pools.stream().map(pool -> new PoolFacts(pool.name(), pool.machineType(),
                pool.hasGpu() ? pool.gpu().type() : "", pool.hasGpu() ? pool.gpu().count() : 0,
                pool.nodeSelector(), pool.alwaysUp())).toList();
        return new HubHostContract(FORMAT_VERSION, cloud.configName(), facts, share, disks, poolFacts, systemNamespace,
                IngressGateway.GATEWAY_CLASS, IngressGateway.CLUSTER_ISSUER, Optional.of(acme), metricsScraper, ingressAddresses);
    }

    /** Homes on a disk per hub (its defaults given), or on the cluster's managed share. */
    public HomeStorageKind homeStorageKind() {
        return diskDefaults.isPresent() ? HomeStorageKind.DISK : HomeStorageKind.MANAGED;
    }

    /** The stack output's value: plain values, no secret. */
    public Map<String, Object> toOutput() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", formatVersion);
        out.put("cloud", cloud);
        out.put("facts", facts);
        homeShare.ifPresent(share -> out.put("homeShare", Map.of("server", share.server(),
                "exportRoot", share.exportRoot(), "mountOptions", share.mountOptions())));
        Map<String, Object> storage = new LinkedHashMap<>();
        if (diskDefaults.isPresent()) {
            DiskDefaults disk = diskDefaults.get();
            storage.put("kind", homeStorageKind().configName());
            storage.put("tier", disk.tier().configName());
            storage.put("capacityGiB", disk.capacityGiB());
            storage.put("perUserQuotaGiB", disk.perUserQuotaGiB());
            Map<String, Object> backups = new LinkedHashMap<>();
            backups.put("enabled", disk.backups().enabled());
            backups.put("timeUtc", disk.backups().timeUtc());
            backups.put("retentionDays", disk.backups().retentionDays());
            storage.put("backups", backups);
        } else {
            storage.put("kind", homeStorageKind().configName());
        }
        out.put("homeStorage", storage);
        List<Map<String, Object>> pools = new ArrayList<>();
        for (PoolFacts pool : userPools) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", pool.name());
            p.put("machineType", pool.machineType());
            p.put("gpuType", pool.gpuType());
            p.put("gpuCount", pool.gpuCount());
            p.put("nodeSelector", new TreeMap<>(pool.nodeSelector()));
            p.put("alwaysUp", pool.alwaysUp());
            pools.add(p);
        }
        out.put("userPools", pools);
        out.put("systemNamespace", systemNamespace);
        out.put("gatewayClass", gatewayClass);
        out.put("clusterIssuer", clusterIssuer);
        out.put("acme", acme.map(AcmeAccount::export).orElse(null));
        out.put("metricsScraper", metricsScraper.map(m -> (Object) Map.of(
                "namespace", m.namespace(), "podLabels", new TreeMap<>(m.podLabels()))).orElse(""));
        out.put("ingressAddresses", ingressAddresses);
        return out;
    }

    /**
     * The contract a cluster stack exported; empty when it exported none (it is not a hubfleet cluster
     * stack with {@code hubfleet:ingress}).
     */
    @SuppressWarnings("unchecked")
    public static Optional<HubHostContract> fromOutput(Map<String, Object> values) {
        if (values == null || !values.containsKey("facts")) {
            return Optional.empty();
        }
        Map<String, Object> facts = (Map<String, Object>) values.getOrDefault("facts", Map.of());
        Optional<HomeShareFacts> share = Optional.empty();
        if (values.get("homeShare") instanceof Map<?, ?> map && map.get("server") != null) {
            share = Optional.of(new HomeShareFacts(map.get("server").toString(), String.valueOf(map.get("exportRoot")),
                    (List<String>) ((Map<String, Object>) map).getOrDefault("mountOptions", List.of())));
        }
        Map<String, Object> storage = (Map<String, Object>) values.getOrDefault("homeStorage", Map.of());
        Optional<DiskDefaults> disks = Optional.empty();
        if (HomeStorageKind.DISK.configName().equals(storage.get("kind"))) {
            Map<String, Object> backups = (Map<String, Object>) storage.getOrDefault("backups", Map.of());
            disks = Optional.of(new DiskDefaults(StorageTier.fromConfigName(storage.get("tier").toString()),
                    ((Number) storage.get("capacityGiB")).intValue(), ((Number) storage.get("perUserQuotaGiB")).intValue(),
                    new BackupConfig((Boolean) backups.get("enabled"), (String) backups.get("timeUtc"),
                            backups.get("retentionDays") == null ? null : ((Number) backups.get("retentionDays")).intValue())));
        }
        List<PoolFacts> pools = ((List<Map<String, Object>>) values.getOrDefault("userPools", List.of())).stream()
                .map(pool -> new PoolFacts(pool.get("name").toString(), pool.get("machineType").toString(),
                        pool.getOrDefault("gpuType", "").toString(), ((Number) pool.getOrDefault("gpuCount", 0)).intValue(),
                        (Map<String, String>) pool.getOrDefault("nodeSelector", Map.of()),
                        Boolean.TRUE.equals(pool.get("alwaysUp"))))
                .toList();
        Optional<AcmeAccount> acme = Optional.empty();
        if (values.get("acme") instanceof Map<?, ?> map && map.get("email") != null && map.get("server") != null) {
            acme = Optional.of(new AcmeAccount(map.get("email").toString(), map.get("server").toString()));
        }
        Optional<HubValuesInput.MetricsScraper> scraper = Optional.empty();
        if (values.get("metricsScraper") instanceof Map<?, ?> map) {
            scraper = Optional.of(new HubValuesInput.MetricsScraper(map.get("namespace").toString(),
                    (Map<String, String>) map.get("podLabels")));
        }
        Object version = values.get("formatVersion");
        return Optional.of(new HubHostContract(version instanceof Number n ? n.intValue() : FORMAT_VERSION,
                text(values, "cloud"), facts, share, disks, pools, text(values, "systemNamespace"),
                text(values, "gatewayClass"), text(values, "clusterIssuer"), acme, scraper,
                (List<String>) values.getOrDefault("ingressAddresses", List.of())));
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    private static String require(String value, String key) {
        if (value == null) {
            throw new IllegalStateException("the cluster stack's " + OUTPUT + " output has no " + key);
        }
        return value;
    }

    @Override
    public String cloud() {
        return require(cloud, "cloud");
    }

    @Override
    public String systemNamespace() {
        return require(systemNamespace, "systemNamespace");
    }

    @Override
    public String gatewayClass() {
        return require(gatewayClass, "gatewayClass");
    }

    @Override
    public String clusterIssuer() {
        return require(clusterIssuer, "clusterIssuer");
    }

    /**
     * How the cluster keeps its hubs' homes. A cluster stack exported before home disks existed has only
     * a {@code homeShare}: a shared file service.
     */
    public HubHomes homes(Cloud cloud) {
        if (diskDefaults.isPresent()) {
            DiskDefaults disk = diskDefaults.get();
            return new HubHomes.Disks(new HomeStorageConfig(HomeStorageKind.DISK, disk.tier(), disk.capacityGiB(),
                    disk.perUserQuotaGiB(), disk.backups()), cloud);
        }
        HomeShareFacts share = homeShare.orElseThrow(() -> new IllegalStateException(
                "the cluster stack's " + OUTPUT + " output has neither home disks nor a homeShare"));
        return new HubHomes.Shared(new HomeShare.Remote(Output.of(share.server()), share.exportRoot(),
                share.mountOptions()));
    }

    /** The cluster's user pools, their machines resolved in this cloud's catalogue. */
    public List<UserPool> userPools(Cloud cloud) {
        MachineCatalogue catalogue = MachineCatalogue.of(cloud);
        return userPools.stream().map(pool -> {
            var machine = catalogue.find(pool.machineType()).orElseThrow(() -> new IllegalStateException(
                    "the cluster stack's pool " + pool.name() + " has the machine type " + pool.machineType()
                            + ", which components/machines does not list"));
            return new UserPool(pool.name(), pool.machineType(), Allocatable.of(cloud, machine),
                    pool.gpuType().isEmpty() ? null : new GpuSpec(pool.gpuType(), pool.gpuCount()),
                    pool.nodeSelector(), pool.alwaysUp());
        }).toList();
    }

    /**
     * The cluster's ACME account, which each hub-only hub's own issuer uses. Cluster stacks deployed
     * before hubfleet exported it have none: deploy the cluster stack first.
     */
    public AcmeAccount requireAcme() {
        return acme.orElseThrow(() -> new IllegalStateException("the cluster stack's " + OUTPUT + " output has no acme "
                + "account: run pulumi up on the cluster stack with this version of hubfleet first "
                + "(docs/shared-clusters.md)"));
    }
}
