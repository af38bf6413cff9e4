package io.hubfleet.program;

import io.hubfleet.components.CloudSpecs;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.components.CloudAlertsArgs;
import io.hubfleet.components.DaskGateway;
import io.hubfleet.components.PreviousDeployment;
import com.pulumi.Context;
import com.pulumi.core.Output;
import io.hubfleet.components.DnsRecord;
import io.hubfleet.components.HubArgs;
import io.hubfleet.components.Hub;
import io.hubfleet.components.HubHomes;
import io.hubfleet.components.SharedCluster;
import io.hubfleet.components.SharedClusterArgs;
import io.hubfleet.components.SharedClusterChecks;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.HubStackConfig;
import io.hubfleet.config.hub.HubConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hub-only stack: one community's hubs on a cluster another stack shares. The program both
 * {@code pulumi up} and the offline plan run for such a stack.
 */
public final class HubStackProgram {

    private HubStackProgram() {
    }

    public static void define(Context ctx, HubStackConfig config) {
        SharedCluster cluster = new SharedCluster(config.stack(),
                new SharedClusterArgs(config.cloud(), config.clusterStack(), config.stack()), null);
        List<ConfigProblem> problems = SharedClusterChecks.problems(config, java.util.Optional.of(cluster.hubHost()));
        if (!problems.isEmpty()) {
            throw new InvalidStackConfigException("the stack " + config.stack() + " on " + config.clusterStack(), problems);
        }
        // What this stack deployed last: its hubs' names on the cluster, disk sizes, CRD charts' versions.
        PreviousDeployment last = new PreviousDeployment(ctx);
        Map<String, String> instances = TenantNames.resolve(last, config.stack(), config.hubs());
        ctx.export(TenantNames.OUTPUT, Output.of(instances));
        Map<String, String> hubUrls = new TreeMap<>();
        Map<String, Output<Map<String, String>>> buckets = new TreeMap<>();
        Map<String, Output<Map<String, String>>> ownerStatements = new TreeMap<>();
        Map<String, HelmChart> crdCharts = new TreeMap<>();
        for (HubConfig hubConfig : config.hubs()) {
            // On a shared cluster a hub goes by its name there, unique to this stack (TenantNames).
            Hub hub = new Hub(hubConfig.name(), new HubArgs(cluster, hubConfig.withName(instances.get(hubConfig.name()))),
                    null);
            hubUrls.put(hubConfig.name(), hub.url());
            buckets.put(hubConfig.name(), hub.buckets());
            if (!hubConfig.dataAccess().isEmpty() && config.cloud() == io.hubfleet.config.portable.Cloud.AWS) {
                ownerStatements.put(hubConfig.name(), hub.bucketOwnerStatements());
            }
            hub.daskGateway().ifPresent(dask -> crdCharts.put("dask-gateway", DaskGateway.CHART));
        }
        CrdUpgradeGuard.check(ctx, last, config.stack(), crdCharts);
        UptimeAlerts.create(ctx, config.stack() + "-alerts", cluster, config.stack(), config.alerts(), config.hubs().stream()
                .map(h -> new CloudAlertsArgs.MonitoredHub(instances.get(h.name()), h.domain())).toList());

        if (cluster.homes() instanceof HubHomes.Disks disks) {
            Map<String, Integer> sizes = new TreeMap<>();
            Map<String, ConfigPath> paths = new TreeMap<>();
            for (int i = 0; i < config.hubs().size(); i++) {
                HubConfig hub = config.hubs().get(i);
                sizes.put(hub.name(), disks.forHub(hub).capacityGiB());
                // The cluster stack sets the default; a hub keeps its disk by a size of its own.
                paths.put(hub.name(), ConfigPath.key("hubfleet:hubs").index(i).child("homeStorage").child("capacityGiB"));
            }
            HomeDiskGuard.check(ctx, last, "the stack " + config.stack(), sizes, paths);
        }

        List<DnsRecord> records = new ArrayList<>();
        for (HubConfig hub : config.hubs()) {
            boolean managed = config.dns().map(zone -> zone.contains(hub.domain())).orElse(false);
            if (managed) {
                cluster.platform().dns().pointAt(cluster, cluster.accountProvider(), config.stack() + "-dns-" + hub.name(),
                        CloudSpecs.dnsZone(config.dns().get()), hub.domain(), cluster.ingressAddresses(), List.of());
            }
            records.add(new DnsRecord(hub.domain(), cluster.ingressAddresses(),
                    config.dns().map(zone -> zone.ttlSeconds()).orElse(300), managed));
        }
        List<String> byHand = records.stream().filter(r -> !r.managed()).map(DnsRecord::domain).toList();
        if (!byHand.isEmpty()) {
            ctx.log().warn("create DNS A records for " + String.join(", ", byHand)
                    + " at the ingress addresses (stack output dnsRecords)"
                    + (config.dns().isPresent() ? ": they are outside hubfleet:dns.zone" : ", or set hubfleet:dns"));
        }

        ctx.export("cloud", Output.of(config.cloud().configName()));
        ctx.export("clusterStack", Output.of(config.clusterStack()));
        ctx.export("hubUrls", Output.of(hubUrls));
        if (!ownerStatements.isEmpty()) {
            // What owners of buckets in other accounts add to their bucket policies (docs/components/hub.md).
            ctx.export("bucketOwnerStatements", EstateProgram.mapOf(ownerStatements));
        }
        ctx.export("buckets", EstateProgram.mapOf(buckets));
        ctx.export("ingressAddresses", cluster.ingressAddresses());
        ctx.export("dnsRecords", Output.all(records.stream().map(DnsRecord::asOutput).toList()));
    }
}
