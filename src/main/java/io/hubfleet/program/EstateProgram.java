package io.hubfleet.program;

import java.util.Optional;
import io.hubfleet.config.BudgetConfig;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.components.HubHostContract;
import io.hubfleet.components.CloudAlertsArgs;
import io.hubfleet.helm.monitoring.AlertmanagerValues;
import io.hubfleet.components.ClusterAlerting;
import io.hubfleet.components.DaskGateway;
import io.hubfleet.components.PreviousDeployment;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;
import io.hubfleet.components.DnsRecord;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.ClusterArgs;
import io.hubfleet.components.Filestore;
import io.hubfleet.components.FilestoreArgs;
import io.hubfleet.components.Hub;
import io.hubfleet.components.HubArgs;
import io.hubfleet.components.HubHomes;
import io.hubfleet.components.LocalHubSite;
import io.hubfleet.components.NodePool;
import io.hubfleet.components.NodePoolArgs;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.components.Support;
import io.hubfleet.components.SupportArgs;
import io.hubfleet.components.CoreWorkload;
import io.hubfleet.config.ClusterConfig;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.NodePoolConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.hub.HubConfig;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * A community's whole estate from its validated stack config: the program both {@code pulumi up} and
 * the offline plan run. It only composes components; decisions live in them.
 */
public final class EstateProgram {

    private EstateProgram() {
    }

    public static void define(Context ctx, StackConfig config) {
        String clusterName = config.cluster().name();
        // What this stack deployed last: the budget's start month, disk sizes, the CRD charts' versions.
        PreviousDeployment last = new PreviousDeployment(ctx);
        RegionGuard.check(last, config);
        Optional<BudgetConfig> budget = BudgetStart.resolve(ctx, last, config.budget());
        CloudAccount account = new CloudAccount(config.stack(), CloudAccountArgs.of(config, budget));
        // A core pool the stack file gives no size is sized by what it runs (docs/components/cluster.md).
        ClusterConfig clusterConfig = config.cluster().corePool().unsized()
                ? config.cluster().withCorePool(config.cluster().corePool()
                .withMachineType(CoreWorkload.coreMachine(config).name()))
                : config.cluster();
        Cluster cluster = new Cluster(clusterName, ClusterArgs.of(account, clusterConfig));
        List<NodePool> pools = new ArrayList<>();
        for (NodePoolConfig pool : config.nodePools()) {
            pools.add(new NodePool(clusterName + "-" + pool.name(), NodePoolArgs.of(cluster, pool),
                    ComponentResourceOptions.builder().parent(cluster).build()));
        }

        Map<String, String> hubUrls = new TreeMap<>();
        Map<String, Output<Map<String, String>>> buckets = new TreeMap<>();
        Map<String, Output<Map<String, String>>> ownerStatements = new TreeMap<>();
        Output<List<String>> ingressAddresses = Output.of(List.of());
        Output<List<Map<String, Object>>> dnsRecords = Output.of(List.of());
        String grafanaUrl = "none";
        Output<Map<String, Object>> hubHost = Output.of(Map.of());
        Map<String, HelmChart> crdCharts = new TreeMap<>();
        if (config.ingress().isPresent()) {
            // A managed file service is the cluster's; disks are each hub's own (made with the hub).
            HubHomes homes = config.homeStorage().disks()
                    ? new HubHomes.Disks(config.homeStorage(), config.cloud())
                    : new HubHomes.Shared(new Filestore(clusterName + "-home",
                    FilestoreArgs.Managed.of(cluster, config.homeStorage()), null));
            Support support = new Support(clusterName + "-support", new SupportArgs(cluster,
                    config.ingress().orElseThrow(), config.hubs().stream()
                    .map(h -> new SupportArgs.HubDomain(h.name(), h.domain())).toList(),
                    pools.stream().anyMatch(p -> p.spec().machine().hasGpu()), config.monitoring(), config.dns(),
                    ClusterAlerting.of(config)), null);
            List<NodePool> userPools = pools.stream().filter(p -> p.spec().role() == NodeRole.USER).toList();
            LocalHubSite site = new LocalHubSite(cluster, homes, support, userPools);
            for (HubConfig hubConfig : config.hubs()) {
                Hub hub = new Hub(hubConfig.name(), new HubArgs(site, hubConfig), null);
                hubUrls.put(hubConfig.name(), hub.url());
                buckets.put(hubConfig.name(), hub.buckets());
                if (!hubConfig.dataAccess().isEmpty() && config.cloud() == io.hubfleet.config.portable.Cloud.AWS) {
                    ownerStatements.put(hubConfig.name(), hub.bucketOwnerStatements());
                }
                hub.daskGateway().ifPresent(dask -> crdCharts.put("dask-gateway", DaskGateway.CHART));
            }
            crdCharts.putAll(support.crdCharts());
            if (config.monitoring().enabled() && !AlertmanagerValues.routes(config.alerts())) {
                ctx.log().warn("the cluster's alerts (hub down, homes full, certificates expiring) reach no one: set "
                        + "hubfleet:alerts.smtp and hubfleet:alerts.emails, or hubfleet:alerts.webhook (docs/alerts.md)");
            }
            UptimeAlerts.create(ctx, clusterName + "-alerts", site, config.stack(), config.alerts(), config.hubs().stream()
                    .map(h -> new CloudAlertsArgs.MonitoredHub(h.name(), h.domain())).toList());
            ingressAddresses = support.ingressAddresses();
            hubHost = site.export();
            List<String> byHand = support.dnsRecords().stream().filter(r -> !r.managed()).map(DnsRecord::domain).toList();
            if (!byHand.isEmpty()) {
                ctx.log().warn("create DNS A records for " + String.join(", ", byHand)
                        + " at the ingress addresses (stack output dnsRecords)"
                        + (config.dns().isPresent() ? ": they are outside hubfleet:dns.zone" : ", or set hubfleet:dns"));
            }
            dnsRecords = support.dnsRecordsOutput();
            support.dnsNameServers().ifPresent(servers -> ctx.export("dnsNameServers", servers));
            grafanaUrl = support.grafanaUrl().orElse(config.monitoring().enabled()
                    ? "none: kubectl port-forward -n monitoring svc/grafana 3000:80" : "none");
        }

        // Disks only grow, and CRDs Helm never upgrades are applied first.
        if (config.ingress().isPresent()) {
            CrdUpgradeGuard.check(ctx, last, config.stack(), crdCharts);
        }
        if (config.ingress().isPresent() && config.homeStorage().disks()) {
            Map<String, Integer> sizes = new TreeMap<>();
            Map<String, ConfigPath> paths = new TreeMap<>();
            for (int i = 0; i < config.hubs().size(); i++) {
                HubConfig hub = config.hubs().get(i);
                sizes.put(hub.name(), config.homeStorage().diskFor(hub.homeStorageOverrides()
                        , config.cloud()).capacityGiB());
                paths.put(hub.name(), hub.homeStorageOverrides().flatMap(o -> o.capacity()).isPresent()
                        ? ConfigPath.key("hubfleet:hubs").index(i).child("homeStorage").child("capacityGiB")
                        : ConfigPath.key("hubfleet:homeStorage").child("capacityGiB"));
            }
            HomeDiskGuard.check(ctx, last, "the stack " + config.stack(), sizes, paths);
        }
        if (config.cloud() == io.hubfleet.config.portable.Cloud.GCP && config.account().creates()
                && pools.stream().anyMatch(p -> p.spec().machine().hasGpu())) {
            // cloud.google.com/compute/resource-usage#gpu_quota: a new project's GPUS_ALL_REGIONS quota is 0.
            ctx.log().warn("a new project has no GPU quota: request it before the GPU pool scales up (docs/gcp.md#gpu-quota): "
                    + "gcloud beta quotas preferences create --service=compute.googleapis.com "
                    + "--quota-id=GPUS-ALL-REGIONS-per-project --preferred-value=<GPUs> --project=" + config.account().id());
        }
        if (config.budget().isEmpty()) {
            ctx.log().warn("no hubfleet:budget: nobody is told when this account's spend runs away");
        }
        ctx.export("cloud", Output.of(config.cloud().configName()));
        ctx.export("region", Output.of(config.region()));
        ctx.export("accountId", account.accountId());
        ctx.export("clusterName", cluster.clusterName());
        ctx.export("kubeconfig", cluster.kubeconfig());
        ctx.export("credentialsCommand", cluster.credentialsCommand());
        ctx.export("nodePools", Output.all(pools.stream().map(NodePool::poolName).toList()));
        ctx.export("hubUrls", Output.of(hubUrls));
        if (!ownerStatements.isEmpty()) {
            // What owners of buckets in other accounts add to their bucket policies (docs/components/hub.md).
            ctx.export("bucketOwnerStatements", EstateProgram.mapOf(ownerStatements));
        }
        ctx.export("buckets", mapOf(buckets));
        ctx.export("ingressAddresses", ingressAddresses);
        ctx.export("dnsRecords", dnsRecords);
        ctx.export("grafanaUrl", Output.of(grafanaUrl));
        // What hub-only stacks on this cluster read through a StackReference (docs/shared-clusters.md).
        ctx.export(HubHostContract.OUTPUT, hubHost);
    }

    /** A map whose values are outputs, as one output. */
    static <V> Output<Map<String, V>> mapOf(Map<String, Output<V>> entries) {
        List<String> keys = List.copyOf(entries.keySet());
        return Output.all(keys.stream().map(entries::get).toList()).applyValue(values -> {
            Map<String, V> out = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), values.get(i));
            }
            return out;
        });
    }
}
