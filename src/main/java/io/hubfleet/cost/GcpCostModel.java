package io.hubfleet.cost;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Google Cloud's bill for a plan: the GKE fee (and the free tier's credit for a zonal cluster), nodes
 * with their attached GPUs and pd-balanced boot disks, persistent disks, Filestore, Cloud NAT, the
 * Gateway's network load balancer and its address, Cloud DNS zones.
 */
final class GcpCostModel implements CloudCostModel {

    /** GKE's zones are a region and a letter; a regional cluster's location is the region. */
    static boolean zonal(String location) {
        return location.matches("^[a-z]+-[a-z]+[0-9]+-[a-z]$");
    }

    @Override
    public void cluster(PlanFacts plan, Pricing pricing, List<CostLine> idle, List<String> assumptions) {
        for (PlanResource cluster : plan.ofType("gcp:container/cluster:Cluster")) {
            String location = cluster.input("/location").asText();
            CostLine fee = pricing.line("GKE cluster management fee", cluster.name(), 1, "cluster/fee",
                    zonal(location) ? "zonal, in " + location : "regional, in " + location);
            idle.add(fee);
            Optional<Double> feeMonthly = fee.monthly(pricing.table().hoursPerMonth());
            Optional<Price> credit = pricing.find("cluster/free-tier-credit");
            if (zonal(location) && feeMonthly.isPresent() && credit.isPresent()) {
                // The credit pays cluster fees only and does not roll over: it takes at most the fee.
                double share = Math.min(1, feeMonthly.get() / credit.get().amount());
                idle.add(new CostLine("GKE free tier credit (assumed)", cluster.name(), -share,
                        "cluster/free-tier-credit", credit, "one zonal or Autopilot cluster per billing account"));
                assumptions.add("GKE's free tier credit pays this zonal cluster's fee: it is the billing account's "
                        + "only zonal or Autopilot cluster; otherwise add the fee");
            }
        }
    }

    /** Every checker region when none are selected: USA's three, Europe, South America, Asia Pacific. */
    static final int ALL_CHECKERS = 6;
    /** Uptime-check executions each project runs free a month (the price's source). */
    static final double FREE_EXECUTIONS = 1_000_000;

    /** Uptime checks bill per execution beyond the free ones; alert policies per condition. */
    private static void uptimeChecks(PlanFacts plan, Pricing pricing, List<CostLine> idle) {
        java.util.List<PlanResource> checks = plan.ofType("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig");
        if (!checks.isEmpty()) {
            double executions = 0;
            java.util.Set<Integer> periods = new java.util.TreeSet<>();
            for (PlanResource check : checks) {
                int period = UptimeChecks.seconds(check.input("/period").asText("300s"));
                periods.add(period);
                int checkers = check.input("/selectedRegions").size() == 0 ? ALL_CHECKERS : check.input("/selectedRegions").size();
                executions += UptimeChecks.runsPerMonth(period, pricing.table().hoursPerMonth()) * checkers;
            }
            idle.add(pricing.line("uptime checks: " + checks.size() + " × " + ALL_CHECKERS + " checkers every "
                            + periods.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("/")) + " s, "
                            + PlanCost.format(executions) + " executions a month, the first 1,000,000 free", "",
                    Math.max(0, executions - FREE_EXECUTIONS), "uptime/execution", "the project's only uptime checks"));
        }
        for (PlanResource policy : plan.ofType("gcp:monitoring/alertPolicy:AlertPolicy")) {
            idle.add(pricing.line("alert policy \"" + policy.input("/displayName").asText() + "\": "
                    + policy.input("/conditions").size() + " condition(s)", policy.name(), policy.input("/conditions").size(),
                    "alerting/condition", "Cloud Monitoring bills alerting per condition and per point returned"));
        }
    }

    @Override
    public List<CostLine> nodes(PoolFacts pool, int count, String why, Pricing pricing) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(pricing.machines(pool, count, why));
        if (attachedGpu(pool)) {
            lines.add(pricing.line(pool.pool() + " GPUs: " + count * pool.gpuCount() + " × " + pool.gpuType(),
                    pool.resource(), count * pool.gpuCount(), "gpu/" + pool.gpuType() + "/" + pool.mode(), why));
        }
        // GKE node pools' boot disks: hubfleet asks for pd-balanced (GkeNodePoolBackend).
        lines.add(pricing.line(pool.pool() + " boot disks: " + count + " × " + pool.diskSizeGiB() + " GiB pd-balanced",
                pool.resource(), count * pool.diskSizeGiB(), "disk/pd-balanced", why));
        return lines;
    }

    /** GPUs GCP bills apart from the machine: those attached to N1 hosts (G2 and A2 include theirs). */
    private static boolean attachedGpu(PoolFacts pool) {
        return !pool.gpuType().isEmpty() && MachineCatalogue.of(Cloud.GCP).find(pool.machineType())
                .map(type -> type.gpu() == null).orElse(true);
    }

    @Override
    public Optional<Double> nodeHour(PoolFacts pool, Pricing pricing) {
        Optional<Price> machine = pricing.find(pool.machineKey());
        if (machine.isEmpty()) {
            return Optional.empty();
        }
        double hour = machine.get().amount();
        if (attachedGpu(pool)) {
            Optional<Price> gpu = pricing.find("gpu/" + pool.gpuType() + "/" + pool.mode());
            if (gpu.isEmpty()) {
                return Optional.empty();
            }
            hour += gpu.get().amount() * pool.gpuCount();
        }
        return Optional.of(hour);
    }

    @Override
    public void resources(PlanFacts plan, int idleNodes, Pricing pricing, List<CostLine> idle, List<CostLine> usage,
                          List<String> assumptions) {
        uptimeChecks(plan, pricing, idle);
        for (PlanResource nat : plan.ofType("gcp:compute/routerNat:RouterNat")) {
            int vms = Math.min(idleNodes, 32);
            idle.add(idleNodes > 32
                    ? pricing.line("Cloud NAT gateway (over 32 VMs: capped)", nat.name(), 1, "nat/gateway-cap", "")
                    : pricing.line("Cloud NAT: " + vms + " VM" + (vms == 1 ? "" : "s") + " using it", nat.name(), vms,
                    "nat/per-vm", "the idle nodes, all private"));
            idle.add(pricing.line("Cloud NAT address (allocated automatically)", nat.name(), 1, "nat/ip",
                    "one address serves up to 64 VMs' ports at idle"));
            usage.add(pricing.line("Cloud NAT data processed", nat.name(), 1, "nat/data", "per GiB in and out"));
        }
        for (PlanResource address : plan.ofType("gcp:compute/address:Address")) {
            if (!address.input("/addressType").asText("EXTERNAL").equals("EXTERNAL")) {
                continue;
            }
            idle.add(pricing.line("network load balancer forwarding rule (the Gateway's Service)", address.name(), 1,
                    "lb/forwarding-rule/first-5", "the minimum charge covers the region's first five rules"));
            idle.add(pricing.line("its static address, in use by the forwarding rule", address.name(), 1,
                    "ip/forwarding-rule", ""));
            usage.add(pricing.line("load balancer data processed", address.name(), 1, "lb/data", ""));
        }
        boolean snapshots = false;
        for (PlanResource disk : plan.ofType("gcp:compute/disk:Disk")) {
            String type = disk.input("/type").asText("pd-standard");
            int size = disk.input("/size").asInt();
            idle.add(pricing.line("persistent disk " + disk.input("/name").asText() + ": " + size + " GiB " + type,
                    disk.name(), size, "disk/" + type, ""));
        }
        if (!plan.ofType("gcp:compute/resourcePolicy:ResourcePolicy").isEmpty()) {
            snapshots = true;
        }
        for (PlanResource instance : plan.ofType("gcp:filestore/instance:Instance")) {
            String tier = instance.input("/tier").asText();
            int capacity = instance.input("/fileShares/capacityGb").asInt();
            int minimum = tier.equals("BASIC_SSD") ? 2560 : 1024;
            String item = "Filestore " + instance.input("/name").asText() + ": " + tier + ", " + capacity + " GiB";
            idle.add(capacity == minimum
                    ? pricing.line(item, instance.name(), 1, "file-share/" + tier + "/minimum-instance",
                    "an instance at the tier's minimum")
                    : new CostLine(item, instance.name(), capacity, "file-share/" + tier, Optional.empty(),
                    "no per-GiB price for Filestore " + tier + " in " + pricing.region() + " in components/prices/gcp.yaml"));
            usage.add(new CostLine("Filestore backups", instance.name(), 1, "file-share/backup", Optional.empty(),
                    "no price for Filestore backups in components/prices/gcp.yaml"));
        }
        for (PlanResource zone : plan.ofType("gcp:dns/managedZone:ManagedZone")) {
            idle.add(pricing.line("Cloud DNS zone " + zone.input("/dnsName").asText(), zone.name(), 1, "dns/zone", ""));
        }
        if (snapshots) {
            usage.add(pricing.line("disk snapshots (regional)", "", 1, "snapshot/regional",
                    "per GiB stored: the first is the used size, later ones the changes"));
        }
        if (!plan.ofType("gcp:storage/bucket:Bucket").isEmpty()) {
            usage.add(pricing.line("bucket storage (Standard)", "", 1, "bucket/standard", "per GiB stored"));
        }
    }

    @Override
    public CostLine volume(String item, String resource, double gib, Pricing pricing) {
        // GKE's default storage class standard-rwo makes pd-balanced disks.
        return pricing.line(item + ": " + PlanCost.format(gib) + " GiB pd-balanced", resource, gib, "disk/pd-balanced",
                "GKE's default storage class, standard-rwo");
    }
}
