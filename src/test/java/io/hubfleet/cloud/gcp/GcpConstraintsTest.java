package io.hubfleet.cloud.gcp;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Google Cloud demands of hubfleet's resources, one test per constraint, each citing where the
 * constraint is written down. The mock engine accepts anything; these are what GKE, Cloud DNS, Cloud
 * Billing, Filestore, IAM and Cloud NAT would refuse or get wrong.
 */
class GcpConstraintsTest {

    private static final String GKE = "gcp:container/cluster:Cluster";
    private static final String POOL = "gcp:container/nodePool:NodePool";

    /**
     * No release channel (UNSPECIFIED) is refused to new customers and removed on 2027-06-14; in a channel,
     * node pools must auto-upgrade, and the window and exclusions say when
     * (cloud.google.com/kubernetes-engine/docs/concepts/release-channels, .../node-auto-upgrades).
     */
    @Test
    void clustersAreInAReleaseChannelAndPoolsFollowTheControlPlane() {
        Plan demo = Stacks.example("demo-gcp");
        assertThat(demo.get(GKE, "demo-gcp").input("/releaseChannel/channel").asText()).isEqualTo("REGULAR");
        assertThat(demo.ofType(POOL)).isNotEmpty().allSatisfy(pool -> {
            assertThat(pool.input("/management/autoUpgrade").asBoolean()).as(pool.name()).isTrue();
            assertThat(pool.input("/version").isMissingNode() || pool.input("/version").isNull()).as(pool.name()).isTrue();
        });
        Plan stable = Stacks.plan(Stacks.GCP.replace("hubfleet:cluster: {kubernetesVersion: \"1.33\"}",
                "hubfleet:cluster:\n    kubernetesVersion: \"1.33\"\n    releaseChannel: stable\n"
                        + "    maintenanceWindow:\n      exclusions:\n"
                        + "        - {name: exams, startUtc: \"2027-05-01T00:00:00Z\", endUtc: \"2027-06-15T00:00:00Z\", scope: noMinorUpgrades}"));
        PlanResource cluster = stable.get(GKE, "test");
        assertThat(cluster.input("/releaseChannel/channel").asText()).isEqualTo("STABLE");
        assertThat(cluster.input("/maintenancePolicy/maintenanceExclusions/0").toString())
                .contains("\"exclusionName\":\"exams\"").contains("\"scope\":\"NO_MINOR_UPGRADES\"")
                .contains("\"startTime\":\"2027-05-01T00:00:00Z\"");
    }

    /** GKE allows a no-upgrades exclusion of at most 30 days, and the channels it names. */
    @Test
    void channelsAndExclusionsAreOnesGkeTakes() {
        String base = Stacks.GCP.replace("hubfleet:cluster: {kubernetesVersion: \"1.33\"}",
                "hubfleet:cluster:\n    kubernetesVersion: \"1.33\"\n    releaseChannel: %s\n"
                        + "    maintenanceWindow:\n      exclusions:\n"
                        + "        - {name: term, startUtc: \"2027-01-01T00:00:00Z\", endUtc: \"2027-03-01T00:00:00Z\"}");
        assertThat(Stacks.report(base.formatted("nightly"))).anySatisfy(line -> assertThat(line)
                .contains("hubfleet:cluster.releaseChannel").contains("rapid, regular, stable, extended"));
        assertThat(Stacks.report(base.formatted("regular"))).singleElement().asString()
                .contains("hubfleet:cluster.maintenanceWindow.exclusions[0].endUtc").contains("at most 30");
        assertThat(Stacks.report(Stacks.AWS_WITH_HUB.replace("hubfleet:cluster: {kubernetesVersion: \"1.35\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.35\", releaseChannel: regular}")))
                .singleElement().asString().contains("a GKE setting");
    }

    /**
     * A project hubfleet creates holds no Cloud DNS zone: records would go into a zone nobody made. The
     * stack makes the managed zone with the project and exports its name servers for delegation.
     */
    @Test
    void aCreatedProjectGetsItsManagedZoneAndTheNameServersToDelegateTo() {
        Plan demo = Stacks.example("demo-gcp");
        PlanResource zone = demo.get("gcp:dns/managedZone:ManagedZone", "demo-gcp-support-dns-zone");
        assertThat(zone.input("/name").asText()).isEqualTo("hubfleet-demo");
        assertThat(zone.input("/dnsName").asText()).isEqualTo("hubfleet-demo.example.org.");
        assertThat(demo.ofType("gcp:dns/recordSet:RecordSet")).isNotEmpty()
                .allSatisfy(record -> assertThat(record.dependsOn()).contains(zone.urn()));
        assertThat(demo.outputs().has("dnsNameServers")).isTrue();
        // A project that exists already has its zone: nothing is made.
        Plan existing = Stacks.example("canary-gcp");
        assertThat(existing.ofType("gcp:dns/managedZone:ManagedZone")).isEmpty();
    }

    /** The Budget API returns threshold rules by percentage; another order diffs every run (terraform-provider-google#8444). */
    @Test
    void budgetRulesAreOrderedByPercentage() {
        PlanResource budget = Stacks.example("demo-gcp").ofType("gcp:billing/budget:Budget").get(0);
        List<String> rules = budget.input("/thresholdRules").findValuesAsText("thresholdPercent");
        assertThat(rules).containsExactly("0.5", "0.9", "1", "1.2");
        assertThat(budget.input("/thresholdRules/2/spendBasis").asText()).isEqualTo("FORECASTED_SPEND");
    }

    /**
     * A regional cluster's nodes stay in the stack's zone, with the home storage and the core disks,
     * unless the stack names zones: cross-zone file traffic is charged and zonal disks are pinned
     * (cloud.google.com/vpc/network-pricing); a pool's initial count is per zone.
     */
    @Test
    void regionalClustersKeepNodesInTheStorageZoneUnlessToldOtherwise() {
        Plan shared = Stacks.example("shared-gcp");
        PlanResource cluster = shared.ofType(GKE).get(0);
        assertThat(cluster.input("/location").asText()).isEqualTo("europe-west4");
        assertThat(cluster.input("/nodeLocations").toString()).isEqualTo("[\"europe-west4-a\"]");
        Plan spread = Stacks.plan(Stacks.GCP.replace("hubfleet:cluster: {kubernetesVersion: \"1.33\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.33\", regional: true, zones: [us-central1-a, us-central1-b],"
                        + " corePool: {machine: {cpu: 4, memoryGiB: 32}, min: 3, max: 6}}")
                .replace("max: 10}", "min: 3, max: 10}"));
        assertThat(spread.ofType(GKE).get(0).input("/nodeLocations").toString())
                .isEqualTo("[\"us-central1-a\",\"us-central1-b\"]");
        PlanResource user = spread.get(POOL, "test-user");
        assertThat(user.input("/initialNodeCount").asInt()).as("3 nodes over 2 zones, per zone").isEqualTo(2);
        PlanResource core = spread.get(POOL, "test-core");
        assertThat(core.input("/nodeLocations").toString()).isEqualTo("[\"us-central1-b\"]");
        assertThat(core.input("/initialNodeCount").asInt()).isEqualTo(3);
    }

    /** The backup account may make and prune backups, not delete the instance (roles/file.editor could). */
    @Test
    void theBackupWorkflowHoldsOnlyTheBackupPermissions() {
        Plan demo = Stacks.example("demo-gcp");
        assertThat(demo.ofType("gcp:projects/iAMMember:IAMMember")).noneMatch(m -> m.input("/role").asText()
                .equals("roles/file.editor"));
        PlanResource role = demo.ofType("gcp:projects/iAMCustomRole:IAMCustomRole").get(0);
        assertThat(role.input("/permissions").findValuesAsText("")).isEmpty();
        assertThat(role.input("/permissions").toString()).isEqualTo("[\"file.backups.create\",\"file.backups.delete\","
                + "\"file.backups.get\",\"file.backups.list\",\"file.instances.get\",\"file.operations.get\"]");
        assertThat(role.input("/permissions").toString()).doesNotContain("instances.delete", "instances.update");
    }

    /**
     * With user credentials, enabling APIs needs a quota project (cloud.google.com/docs/authentication/
     * troubleshoot-adc): a project hubfleet creates is its own. A new project has no GPU quota, which
     * only a quota request raises: the plan says how.
     */
    @Test
    void aCreatedProjectBillsItsOwnApiQuotaAndIsToldToRequestGpus() {
        Plan demo = Stacks.example("demo-gcp");
        PlanResource services = demo.get("pulumi:providers:gcp", "demo-gcp-services");
        assertThat(services.input("/billingProject").asText()).isEqualTo("hubfleet-demo");
        assertThat(services.input("/userProjectOverride").asText()).isEqualTo("true");
        assertThat(demo.ofType("gcp:projects/service:Service")).allSatisfy(api ->
                assertThat(api.provider()).startsWith(services.urn()));
        assertThat(demo.warnings()).anySatisfy(w -> assertThat(w).contains("no GPU quota").contains("GPUS-ALL-REGIONS"));
        assertThat(Stacks.example("small-gcp").warnings()).noneMatch(w -> w.contains("GPU quota"));
    }

    /**
     * Nothing unused runs: hubfleet brings its own Prometheus and Gateway, so GKE's managed collection and
     * HTTP load-balancing controller are off; Cloud NAT allocates ports as nodes need them, which requires
     * endpoint-independent mapping off (cloud.google.com/nat/docs/ports-and-addresses#dynamic-port).
     */
    @Test
    void unusedAddOnsAreOffAndNatPortsGrowWithUse() {
        Plan demo = Stacks.example("demo-gcp");
        PlanResource cluster = demo.get(GKE, "demo-gcp");
        assertThat(cluster.input("/monitoringConfig/managedPrometheus/enabled").asBoolean(true)).isFalse();
        assertThat(cluster.input("/addonsConfig/httpLoadBalancing/disabled").asBoolean(false)).isTrue();
        PlanResource nat = demo.ofType("gcp:compute/routerNat:RouterNat").get(0);
        assertThat(nat.input("/enableDynamicPortAllocation").asBoolean()).isTrue();
        assertThat(nat.input("/enableEndpointIndependentMapping").asBoolean(true)).isFalse();
        assertThat(nat.input("/minPortsPerVm").asInt()).isEqualTo(64);
        assertThat(nat.input("/maxPortsPerVm").asInt()).isEqualTo(16384);
    }
}
