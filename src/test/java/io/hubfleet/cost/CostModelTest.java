package io.hubfleet.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.diff.PlanDiffer;
import io.hubfleet.plan.diff.StackDiff;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cost model: every line of an estimate comes from a resource of the plan, at the price the price
 * table gives for the stack's region, and a price the table lacks is reported as unknown.
 */
class CostModelTest {

    private static CostLine line(CostEstimate estimate, String startsWith) {
        return estimate.idle().stream().filter(l -> l.item().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + startsWith + " in " + estimate.idle().stream()
                        .map(CostLine::item).toList()));
    }

    private static double price(Cloud cloud, String key, String region) {
        return PriceTable.of(cloud).find(key, region).orElseThrow().amount();
    }

    @Test
    void pricesAreFoundForTheRegionThenForAllThenUnstatedAndNeverFromAnotherRegion() {
        PriceTable gcp = PriceTable.of(Cloud.GCP);
        assertThat(gcp.find("machine/e2-standard-2/on-demand", "us-central1").orElseThrow().amount()).isEqualTo(0.06701142);
        assertThat(gcp.find("machine/e2-standard-2/on-demand", "europe-west4").orElseThrow().amount()).isEqualTo(0.07377204);
        assertThat(gcp.find("cluster/fee", "asia-east1").orElseThrow().region()).isEqualTo("all");
        assertThat(gcp.find("file-share/BASIC_HDD/minimum-instance", "us-central1").orElseThrow().region()).isEqualTo("unstated");
        assertThat(gcp.find("machine/e2-standard-2/on-demand", "asia-east1")).isEmpty();
        // Every price names a source with a URL and a date (or says it is unknown).
        for (Cloud cloud : Cloud.values()) {
            assertThat(PriceTable.of(cloud).prices()).allSatisfy(p -> {
                assertThat(p.source().url()).startsWith("http");
                assertThat(p.source().date()).matches("unknown|\\d{4}(-\\d{2})?(-\\d{2})?");
            });
        }
    }

    @Test
    void eachNodePoolCostsItsMinimumNodesAndTheirBootDisks() {
        Plan plan = Stacks.example("demo-gcp");
        CostEstimate estimate = PlanCost.estimate(plan);
        PlanResource core = plan.get("hubfleet:index:NodePool", "demo-gcp-core");
        assertThat(core.outputs().path("minNodes").asInt()).isEqualTo(1);
        CostLine nodes = line(estimate, "core nodes: 1 × n2-highmem-4");
        assertThat(nodes.resource()).isEqualTo("demo-gcp-core");
        assertThat(nodes.monthly(730).orElseThrow()).isCloseTo(730 * price(Cloud.GCP, "machine/n2-highmem-4/on-demand",
                "us-central1"), within(1e-9));
        assertThat(line(estimate, "core boot disks").monthly(730).orElseThrow())
                .isCloseTo(50 * price(Cloud.GCP, "disk/pd-balanced", "us-central1"), within(1e-9));
        // Pools at zero cost nothing at idle; prod's two placeholders keep one user-m node up.
        assertThat(estimate.idle()).noneMatch(l -> l.item().startsWith("dask nodes") || l.item().startsWith("gpu nodes"));
        CostLine placeholders = line(estimate, "user-m nodes: 1 × n2-highmem-4");
        assertThat(placeholders.note()).contains("2 user placeholders of hub prod");
    }

    @Test
    void aZonalGkeClusterIsCoveredByTheFreeTierCreditAndARegionalOneIsNot() {
        CostEstimate zonal = PlanCost.estimate(Stacks.example("small-gcp"));
        double fee = line(zonal, "GKE cluster management fee").monthly(730).orElseThrow();
        assertThat(fee).isCloseTo(73.0, within(1e-9));
        assertThat(line(zonal, "GKE free tier credit").monthly(730).orElseThrow()).isCloseTo(-73.0, within(1e-9));
        assertThat(zonal.assumptions()).anyMatch(a -> a.contains("free tier credit"));

        CostEstimate regional = PlanCost.estimate(Stacks.example("shared-gcp"));
        assertThat(regional.idle()).noneMatch(l -> l.item().startsWith("GKE free tier credit"));
    }

    @Test
    void homeDisksFileServicesAndVolumesAreEachPricedFromTheirResource() {
        Plan small = Stacks.example("small-gcp");
        CostEstimate estimate = PlanCost.estimate(small);
        PlanResource disk = small.get("gcp:compute/disk:Disk", "hub-home-disk");
        CostLine home = line(estimate, "persistent disk small-gcp-hub-home");
        assertThat(home.resource()).isEqualTo(disk.name());
        assertThat(home.quantity()).isEqualTo(disk.input("/size").asDouble());
        assertThat(line(estimate, "Prometheus volume: 10 GiB").monthly(730).orElseThrow()).isCloseTo(1.0, within(1e-9));
        assertThat(line(estimate, "hub database volume of hub: 1 GiB").key()).isEqualTo("disk/pd-balanced");

        // Filestore is priced only at its tier's minimum (no per-GiB price has a source): larger is unknown.
        assertThat(line(PlanCost.estimate(Stacks.example("demo-gcp")), "Filestore demo-gcp-home").monthly(730).orElseThrow())
                .isEqualTo(204.0);
        CostLine bigger = line(PlanCost.estimate(Stacks.example("shared-gcp")), "Filestore shared-gcp-home");
        assertThat(bigger.known()).isFalse();
        assertThat(bigger.note()).contains("no per-GiB price for Filestore BASIC_HDD in europe-west4");
    }

    @Test
    void cloudNatIsPricedForTheIdleNodesAndTheGatewaysLoadBalancerForItsAddress() {
        CostEstimate demo = PlanCost.estimate(Stacks.example("demo-gcp"));
        // The core node and the user-m node the placeholders keep up.
        assertThat(line(demo, "Cloud NAT: 2 VMs").quantity()).isEqualTo(2);
        assertThat(line(demo, "network load balancer forwarding rule").key()).isEqualTo("lb/forwarding-rule/first-5");
    }

    @Test
    void onAwsEveryAddressTheNatGatewayTheLoadBalancerAndTheKeyAreBilled() {
        Plan plan = Stacks.example("small-aws");
        CostEstimate estimate = PlanCost.estimate(plan);
        assertThat(estimate.idle().stream().filter(l -> l.key().equals("ip/public-ipv4")).count())
                .isEqualTo(plan.ofType("aws:ec2/eip:Eip").size());
        assertThat(line(estimate, "NAT gateway").monthly(730).orElseThrow()).isCloseTo(32.85, within(1e-9));
        assertThat(line(estimate, "network load balancer").key()).isEqualTo("lb/nlb");
        assertThat(line(estimate, "EKS cluster fee").monthly(730).orElseThrow()).isCloseTo(73.0, within(1e-9));
        // gp3 is priced per GB; sizes are GiB.
        assertThat(line(estimate, "EBS volume small-aws-hub-home").monthly(730).orElseThrow())
                .isCloseTo(50 * 1.073741824 * 0.08, within(1e-9));
        assertThat(estimate.complete()).isTrue();
    }

    @Test
    void aPremiumEbsVolumePaysForItsIopsAndThroughputAboveGp3sBaseline() {
        Plan plan = Stacks.plan(Stacks.AWS_WITH_HUB.replace("hubfleet:region: us-west-2", "hubfleet:region: us-east-1")
                + "  hubfleet:homeStorage: {tier: premium}\n");
        CostEstimate estimate = PlanCost.estimate(plan);
        assertThat(line(estimate, "its IOPS above").quantity()).isEqualTo(3000);
        assertThat(line(estimate, "its throughput above").quantity()).isEqualTo(125);
    }

    @Test
    void spotPoolsAndPricesTheTableLacksAreUnknownNotGuessed() {
        // AWS spot prices change with demand: a spot pool kept up at idle, and Dask workers on spot, are unknown.
        Plan spot = Stacks.plan(Stacks.AWS_WITH_HUB.replace("spot: true, max: 20", "spot: true, min: 1, max: 20")
                + Stacks.BETA_HUB);
        CostEstimate estimate = PlanCost.estimate(spot);
        CostLine daskNodes = line(estimate, "dask nodes: 1 × r6i.4xlarge (spot)");
        assertThat(daskNodes.known()).isFalse();
        assertThat(daskNodes.note()).contains("spot prices change with demand");
        List<HourlyCost> dask = estimate.hourly().stream().filter(h -> h.what().contains("Dask")).toList();
        assertThat(dask).isNotEmpty().allSatisfy(h -> assertThat(h.hourly()).isEmpty());
        CostEstimate azure = PlanCost.estimate(Stacks.example("small-azure"));
        assertThat(azure.unknown()).extracting(CostLine::key)
                .containsExactlyInAnyOrder("disk-tier/StandardSSD_LRS/E3", "disk-tier/StandardSSD_LRS/E1",
                        "uptime/standard-test-execution", "alert/metric-rule");
        assertThat(azure.unknown()).allSatisfy(l -> assertThat(l.note()).contains("no price for").contains("eastus"));
        // The known part is still added up, and says how many items are unknown.
        assertThat(azure.idleMonthly()).isGreaterThan(0);
        assertThat(CostText.render(azure)).contains("plus 4 items of unknown price");
    }

    @Test
    void azureDisksAreBilledByTheirSizeTier() {
        assertThat(AzureCostModel.tier("StandardSSD_LRS", 32)).isEqualTo("E4");
        assertThat(AzureCostModel.tier("StandardSSD_LRS", 33)).isEqualTo("E6");
        assertThat(AzureCostModel.tier("Premium_LRS", 50)).isEqualTo("P6");
        assertThat(AzureCostModel.tier("Premium_LRS", 1)).isEqualTo("P1");
        CostEstimate small = PlanCost.estimate(Stacks.example("small-azure"));
        assertThat(line(small, "managed disk small-azure-hub-home").key()).isEqualTo("disk-tier/StandardSSD_LRS/E4");
        assertThat(line(small, "core OS disks").key()).isEqualTo("disk-tier/Premium_LRS/P4");
        assertThat(line(small, "AKS cluster management, Standard tier").monthly(730).orElseThrow())
                .isCloseTo(73.0, within(1e-9));
    }

    @Test
    void anHourOfAProfileChoiceIsItsNodesPriceOverHowManySuchServersANodeHolds() {
        CostEstimate estimate = PlanCost.estimate(Stacks.example("demo-gcp"));
        HourlyCost whole = estimate.hourly().stream().filter(h -> h.what().contains("(whole node)")
                && h.machineType().equals("n2-highmem-4")).findFirst().orElseThrow();
        assertThat(whole.perNode()).isEqualTo(1);
        assertThat(whole.hourly().orElseThrow()).isEqualTo(0.262028);
        HourlyCost smallest = estimate.hourly().stream().filter(h -> h.machineType().equals("n2-highmem-4"))
                .max(java.util.Comparator.comparingInt(HourlyCost::perNode)).orElseThrow();
        assertThat(smallest.perNode()).isEqualTo(16);
        assertThat(smallest.hourly().orElseThrow()).isCloseTo(0.262028 / smallest.perNode(), within(1e-12));
        // A GPU choice costs the host and its attached GPU.
        HourlyCost gpu = estimate.hourly().stream().filter(h -> h.machineType().equals("n1-standard-8")).findFirst()
                .orElseThrow();
        assertThat(gpu.nodeHour().orElseThrow()).isCloseTo(0.379998 + 0.35, within(1e-9));
        // Dask workers on the spot pool.
        HourlyCost worker = estimate.hourly().stream().filter(h -> h.what().equals("prod / Dask worker of 2 vCPU, 16 GiB"))
                .findFirst().orElseThrow();
        assertThat(worker.machineType()).isEqualTo("n2-highmem-16");
        assertThat(worker.nodeHour().orElseThrow()).isEqualTo(0.49712);
        assertThat(worker.perNode()).isEqualTo(7);
    }

    @Test
    void thePlansJsonCarriesTheCostSectionAndTheTextEndsWithIt() throws Exception {
        StringWriter out = new StringWriter();
        int status = HubfleetCli.execute(new String[]{"plan", "small-gcp", "--json"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()), Stacks.PLANNER);
        assertThat(status).isZero();
        JsonNode cost = new ObjectMapper().readTree(out.toString()).path("cost");
        assertThat(cost.path("currency").asText()).isEqualTo("USD");
        assertThat(cost.path("region").asText()).isEqualTo("us-central1");
        assertThat(cost.at("/idleMonthly/total").decimalValue()).isEqualByComparingTo("84.44");
        assertThat(cost.at("/idleMonthly/complete").asBoolean()).isTrue();
        JsonNode first = cost.at("/idleMonthly/items/0");
        assertThat(first.path("priceKey").asText()).isEqualTo("cluster/fee");
        assertThat(first.at("/price/source").asText()).startsWith("https://");
        assertThat(cost.path("hourly")).isNotEmpty();
        StringWriter text = new StringWriter();
        HubfleetCli.execute(new String[]{"plan", "small-gcp"}, new PrintWriter(text), new PrintWriter(new StringWriter()),
                Stacks.PLANNER);
        assertThat(text.toString()).contains("Idle floor: $84.44 a month");
    }

    @Test
    void theDiffSaysHowEachStacksIdleCostChanges(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Plan before = Stacks.example("small-gcp");
        java.nio.file.Path changed = dir.resolve("Pulumi.small-gcp.yaml");
        java.nio.file.Files.writeString(changed, java.nio.file.Files.readString(Stacks.exampleFile("small-gcp"))
                .replace("capacityGiB: 50", "capacityGiB: 150"));
        Plan after = io.hubfleet.plan.OfflinePlanner.plan(changed);
        JsonNode old = JsonPlanRenderer.toJson(before, p -> Map.of("cost", CostJson.toJson(PlanCost.estimate(p))));
        JsonNode now = JsonPlanRenderer.toJson(after, p -> Map.of("cost", CostJson.toJson(PlanCost.estimate(p))));
        StackDiff diff = PlanDiffer.diff(List.of(old), List.of(now)).stacks().stream()
                .filter(s -> s.cost() != null).findFirst().orElseThrow();
        assertThat(diff.cost().describe()).contains("+$10.00");
        assertThat(io.hubfleet.plan.diff.MarkdownDiffRenderer.render(PlanDiffer.diff(List.of(old), List.of(now))))
                .contains("idle cost a month").contains("**+$10.00**");
        assertThat(Optional.ofNullable(diff.cost().delta())).isPresent();
    }
}
