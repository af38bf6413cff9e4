package io.hubfleet.cost;

import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AWS's bill for a plan: the EKS fee, nodes with their gp3 root volumes, EBS volumes, EFS, the NAT
 * gateway, public IPv4 addresses, the Gateway's network load balancer, KMS keys. Spot capacity has no
 * list price (it changes with demand): spot pools are unknown, by design.
 */
final class AwsCostModel implements CloudCostModel {

    /** gp3's performance included in its storage price (https://aws.amazon.com/ebs/general-purpose/). */
    static final int GP3_IOPS = 3000;
    static final int GP3_THROUGHPUT = 125;

    @Override
    public void cluster(PlanFacts plan, Pricing pricing, List<CostLine> idle, List<String> assumptions) {
        for (PlanResource cluster : plan.ofType("aws:eks/cluster:Cluster")) {
            idle.add(pricing.line("EKS cluster fee", cluster.name(), 1, "cluster/fee",
                    "a Kubernetes version in standard support"));
        }
    }

    @Override
    public List<CostLine> nodes(PoolFacts pool, int count, String why, Pricing pricing) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(pricing.machines(pool, count, why));
        // Root volumes: gp3 at the size hubfleet's launch template asks for (EksNodePoolBackend).
        lines.add(pricing.line(pool.pool() + " root volumes: " + count + " × " + pool.diskSizeGiB() + " GiB gp3",
                pool.resource(), count * pool.diskSizeGiB(), "disk/gp3", why));
        return lines;
    }

    @Override
    public Optional<Double> nodeHour(PoolFacts pool, Pricing pricing) {
        return pricing.find(pool.machineKey()).map(Price::amount);
    }

    @Override
    public void resources(PlanFacts plan, int idleNodes, Pricing pricing, List<CostLine> idle, List<CostLine> usage,
                          List<String> assumptions) {
        for (PlanResource check : plan.ofType("aws:route53/healthCheck:HealthCheck")) {
            String why = "the hub's address is an AWS load balancer's (Route 53 prices AWS endpoints lower)";
            idle.add(pricing.line("Route 53 health check of " + check.input("/fqdn").asText(), check.name(), 1,
                    "dns/health-check/aws-endpoint", why));
            if (check.input("/type").asText().startsWith("HTTPS")) {
                idle.add(pricing.line("  its HTTPS option", check.name(), 1, "dns/health-check/aws-endpoint/optional-feature", why));
            }
        }
        for (PlanResource alarm : plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm")) {
            idle.add(pricing.line("CloudWatch alarm " + alarm.input("/name").asText(alarm.name()), alarm.name(), 1,
                    "alarm/standard", ""));
        }
        for (PlanResource nat : plan.ofType("aws:ec2/natGateway:NatGateway")) {
            idle.add(pricing.line("NAT gateway", nat.name(), 1, "nat/gateway", ""));
            usage.add(pricing.line("NAT gateway data processed", nat.name(), 1, "nat/data", "per GB"));
        }
        List<PlanResource> addresses = plan.ofType("aws:ec2/eip:Eip");
        for (PlanResource address : addresses) {
            idle.add(pricing.line("public IPv4 address " + address.name(), address.name(), 1, "ip/public-ipv4", ""));
        }
        boolean ingress = addresses.stream().anyMatch(a -> plan.plan().parentOf(a)
                .map(p -> p.type().equals("hubfleet:index:IngressGateway")).orElse(false));
        if (ingress) {
            idle.add(pricing.line("network load balancer (the Gateway's Service)", "", 1, "lb/nlb",
                    "made by the cluster's load balancer integration"));
            usage.add(pricing.line("network load balancer capacity units", "", 1, "lb/nlcu", "per NLCU-hour"));
        }
        for (PlanResource volume : plan.ofType("aws:ebs/volume:Volume")) {
            int size = volume.input("/size").asInt();
            String name = volume.input("/tags/Name").asText(volume.name());
            idle.add(pricing.line("EBS volume " + name + ": " + size + " GiB gp3", volume.name(), size, "disk/gp3", ""));
            int iops = volume.input("/iops").asInt(GP3_IOPS);
            if (iops > GP3_IOPS) {
                idle.add(pricing.line("its IOPS above gp3's 3,000", volume.name(), iops - GP3_IOPS, "disk/gp3/iops", ""));
            }
            int throughput = volume.input("/throughput").asInt(GP3_THROUGHPUT);
            if (throughput > GP3_THROUGHPUT) {
                idle.add(pricing.line("its throughput above gp3's 125 MiB/s", volume.name(), throughput - GP3_THROUGHPUT,
                        "disk/gp3/throughput", ""));
            }
        }
        if (!plan.ofType("aws:dlm/lifecyclePolicy:LifecyclePolicy").isEmpty()) {
            usage.add(pricing.line("EBS snapshots", "", 1, "snapshot/standard",
                    "per GB stored: the first is the used size, later ones the changes"));
        }
        for (PlanResource fileSystem : plan.ofType("aws:efs/fileSystem:FileSystem")) {
            usage.add(pricing.line("EFS storage (Standard)", fileSystem.name(), 1, "file-share/efs-standard",
                    "per GB stored; files unread for 30 days cost less in Infrequent Access"));
        }
        if (!plan.ofType("aws:backup/plan:Plan").isEmpty()) {
            usage.add(new CostLine("AWS Backup storage of EFS", "", 1, "backup/efs", Optional.empty(),
                    "no price for AWS Backup of EFS in components/prices/aws.yaml"));
        }
        for (PlanResource key : plan.ofType("aws:kms/key:Key")) {
            idle.add(pricing.line("KMS key " + key.name(), key.name(), 1, "kms/key", ""));
        }
        for (PlanResource zone : plan.ofType("aws:route53/zone:Zone")) {
            idle.add(pricing.line("Route 53 hosted zone", zone.name(), 1, "dns/zone", ""));
        }
        if (!plan.ofType("aws:cloudwatch/logGroup:LogGroup").isEmpty()) {
            usage.add(pricing.line("control-plane logs ingested", "", 1, "logs/ingestion", "per GB"));
        }
        if (!plan.ofType("aws:s3/bucketV2:BucketV2").isEmpty()) {
            usage.add(pricing.line("S3 storage (Standard)", "", 1, "bucket/standard", "per GB stored"));
        }
    }

    @Override
    public CostLine volume(String item, String resource, double gib, Pricing pricing) {
        // The EBS CSI add-on's default storage class (EksClusterBackend turns it on) makes gp3 volumes.
        return pricing.line(item + ": " + PlanCost.format(gib) + " GiB gp3", resource, gib, "disk/gp3",
                "the EBS CSI add-on's default storage class");
    }
}
