package io.hubfleet.cost;

import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Azure's bill for a plan: the AKS tier's fee, nodes with their managed OS disks, managed disks (billed
 * by size tier), Azure Files premium shares, public IPs (AKS's outbound one included), the standard load
 * balancer's rules, DNS zones. Azure bills disks by the smallest tier that holds their size; spot VMs have
 * no list price.
 */
final class AzureCostModel implements CloudCostModel {

    /** Managed disk size tiers, in GiB: E1..E30 (Standard SSD) and P1..P30 (Premium SSD) share them. */
    static final int[] TIER_SIZES = {4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32767};
    static final String[] TIER_NUMBERS = {"1", "2", "3", "4", "6", "10", "15", "20", "30", "40", "50", "60", "70", "80"};

    /** The tier that bills a disk of this size: {@code E4}, {@code P10}, ... */
    static String tier(String sku, double gib) {
        String prefix = sku.startsWith("Premium") ? "P" : sku.startsWith("StandardSSD") ? "E" : "S";
        for (int i = 0; i < TIER_SIZES.length; i++) {
            if (gib <= TIER_SIZES[i]) {
                return prefix + TIER_NUMBERS[i];
            }
        }
        return prefix + TIER_NUMBERS[TIER_NUMBERS.length - 1];
    }

    private static CostLine disk(String item, String resource, String sku, double gib, int count, Pricing pricing,
                                 String note) {
        String tier = tier(sku, gib);
        return pricing.line(item + " (" + tier + ")", resource, count, "disk-tier/" + sku + "/" + tier, note);
    }

    @Override
    public void cluster(PlanFacts plan, Pricing pricing, List<CostLine> idle, List<String> assumptions) {
        for (PlanResource cluster : plan.ofType("azure-native:containerservice:ManagedCluster")) {
            String tier = cluster.input("/sku/tier").asText("Free");
            idle.add(pricing.line("AKS cluster management, " + tier + " tier", cluster.name(), 1,
                    "cluster/fee/" + tier.toLowerCase(java.util.Locale.ROOT), ""));
            if (cluster.input("/networkProfile/outboundType").asText("loadBalancer").equals("loadBalancer")) {
                idle.add(pricing.line("AKS's outbound public IP (made by AKS)", cluster.name(), 1, "ip/public-standard",
                        "the standard load balancer's outbound address"));
                idle.add(pricing.line("standard load balancer: outbound and the Gateway's rules", cluster.name(), 1,
                        "lb/rules/first-5", "the first five rules cost one price"));
                assumptions.add("AKS makes one outbound public IP and one standard load balancer that also carries "
                        + "the Gateway's rules");
            }
        }
    }

    @Override
    public List<CostLine> nodes(PoolFacts pool, int count, String why, Pricing pricing) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(pricing.machines(pool, count, why));
        // Sizes without a local disk (the v5 D and E families) get a managed OS disk: Premium SSD.
        lines.add(disk(pool.pool() + " OS disks: " + count + " × " + pool.diskSizeGiB() + " GiB Premium SSD",
                pool.resource(), "Premium_LRS", pool.diskSizeGiB(), count, pricing, why));
        return lines;
    }

    @Override
    public Optional<Double> nodeHour(PoolFacts pool, Pricing pricing) {
        return pricing.find(pool.machineKey()).map(Price::amount);
    }

    @Override
    public void resources(PlanFacts plan, int idleNodes, Pricing pricing, List<CostLine> idle, List<CostLine> usage,
                          List<String> assumptions) {
        for (PlanResource address : plan.ofType("azure-native:network:PublicIPAddress")) {
            idle.add(pricing.line("public IP " + address.input("/publicIpAddressName").asText(address.name()),
                    address.name(), 1, "ip/public-standard", ""));
        }
        for (PlanResource disk : plan.ofType("azure-native:compute:Disk")) {
            String sku = disk.input("/sku/name").asText("StandardSSD_LRS");
            int size = disk.input("/diskSizeGB").asInt();
            idle.add(disk("managed disk " + disk.input("/diskName").asText() + ": " + size + " GiB " + sku,
                    disk.name(), sku, size, 1, pricing, ""));
        }
        for (PlanResource share : plan.ofType("azure-native:storage:FileShare")) {
            int quota = share.input("/shareQuota").asInt();
            idle.add(pricing.line("Azure Files premium share " + share.input("/shareName").asText() + ": " + quota
                    + " GiB provisioned", share.name(), quota, "file-share/premium", ""));
        }
        for (PlanResource test : plan.ofType("azure-native:insights:WebTest")) {
            int locations = test.input("/locations").size();
            int period = test.input("/frequency").asInt(300);
            double executions = UptimeChecks.runsPerMonth(period, pricing.table().hoursPerMonth()) * locations;
            idle.add(pricing.line("availability test " + test.input("/webTestName").asText() + ": " + locations
                    + " locations every " + period + " s, " + PlanCost.format(executions) + " executions a month",
                    test.name(), executions, "uptime/standard-test-execution", ""));
        }
        for (PlanResource alert : plan.ofType("azure-native:insights:MetricAlert")) {
            idle.add(pricing.line("metric alert " + alert.input("/ruleName").asText(), alert.name(), 1, "alert/metric-rule",
                    "Azure Monitor bills metric alert rules per time series monitored"));
        }
        for (PlanResource zone : plan.ofType("azure-native:network:Zone")) {
            idle.add(pricing.line("Azure DNS zone", zone.name(), 1, "dns/zone", ""));
        }
        if (!plan.ofType("azure-native:dataprotection:BackupInstance").isEmpty()) {
            usage.add(pricing.line("disk snapshots (Azure Disk Backup)", "", 1, "snapshot/incremental",
                    "per GB stored; no protected-instance fee"));
        }
        if (!plan.ofType("azure-native:recoveryservices:ProtectedItem").isEmpty()) {
            usage.add(new CostLine("Azure Backup of the file share", "", 1, "backup/file-share", Optional.empty(),
                    "no price for Azure Backup of file shares in components/prices/azure.yaml"));
        }
        if (!plan.ofType("azure-native:storage:BlobContainer").isEmpty()) {
            usage.add(pricing.line("blob storage (Hot, LRS)", "", 1, "bucket/hot-lrs", "per GB stored"));
        }
    }

    @Override
    public CostLine volume(String item, String resource, double gib, Pricing pricing) {
        // AKS's default storage class managed-csi makes Standard SSD LRS disks.
        return disk(item + ": " + PlanCost.format(gib) + " GiB Standard SSD", resource, "StandardSSD_LRS", gib, 1,
                pricing, "AKS's default storage class, managed-csi");
    }
}
