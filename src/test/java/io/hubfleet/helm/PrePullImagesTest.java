package io.hubfleet.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.components.HubHostContract;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;
import io.hubfleet.render.ChartRenderer;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * z2jh's continuous image puller (issue 17: "image pre-pulling on user pools, off by default where nodes are
 * spot or scale from zero"): unset, it runs exactly when every user pool of the cluster keeps on-demand nodes
 * up (min ≥ 1, not spot), the pools its DaemonSet runs on; a hub's own setting wins either way; a hub-only
 * stack decides from what its cluster stack's contract says of the pools.
 */
class PrePullImagesTest {

    static final String USER_POOL = "- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}";

    static String withUserPools(String pools) {
        assertThat(Stacks.GCP_WITH_HUB).contains(USER_POOL);
        return Stacks.GCP_WITH_HUB.replace(USER_POOL, pools);
    }

    static String withHubSetting(String stack, boolean prePull) {
        return stack + "      prePullImages: " + prePull + "\n";
    }

    static boolean pullerOn(String stack) {
        return Releases.values(Stacks.plan(stack), "alpha").at("/prePuller/continuous/enabled").asBoolean();
    }

    @Test
    void unsetItRunsWhereEveryUserPoolStaysUp() throws Exception {
        String stack = withUserPools("- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, min: 1, max: 10}");
        assertThat(pullerOn(stack)).isTrue();
        // The chart renders its DaemonSet (z2jh 4.4.0 templates/image-puller/daemonset-continuous.yaml).
        List<ObjectNode> manifests = ChartRenderer.render(Stacks.plan(stack).get(Releases.TYPE, "alpha"));
        assertThat(manifests).anyMatch(m -> m.path("kind").asText().equals("DaemonSet")
                && m.at("/metadata/name").asText().equals("continuous-image-puller"));
    }

    @Test
    void unsetItIsOffWherePoolsScaleFromZeroOrAreSpot() {
        assertThat(pullerOn(Stacks.GCP_WITH_HUB)).as("min 0").isFalse();
        assertThat(pullerOn(withUserPools(
                "- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, min: 1, max: 10, spot: true}")))
                .as("spot, min 1").isFalse();
        assertThat(pullerOn(withUserPools(
                "- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, min: 1, max: 10}\n"
                        + "    - {name: big, purpose: user, machine: {cpu: 16, memoryGiB: 128}, max: 4}")))
                .as("one of two user pools scales from zero: the DaemonSet would run there too").isFalse();
    }

    @Test
    void theHubsOwnSettingWins() {
        String staysUp = withUserPools("- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, min: 1, max: 10}");
        assertThat(pullerOn(withHubSetting(staysUp, false))).isFalse();
        assertThat(pullerOn(withHubSetting(Stacks.GCP_WITH_HUB, true))).isTrue();
    }

    static boolean hubOnlyPullerOn(Path hubFile) {
        Plan hub = OfflinePlanner.plan(hubFile);
        return Releases.values(Releases.ofChart(hub, "jupyterhub").get(0))
                .at("/prePuller/continuous/enabled").asBoolean();
    }

    @Test
    void aHubOnlyStackDecidesFromItsClustersContract(@TempDir Path dir) throws Exception {
        String cluster = Files.readString(Stacks.exampleFile("shared-gcp"));
        String pools = """
                    - name: small
                      purpose: user
                      machine: {cpu: 4, memoryGiB: 32}
                      max: 100
                    - name: large
                      purpose: user
                      machine: {cpu: 16, memoryGiB: 128}
                      max: 20
                """;
        assertThat(cluster).contains(pools);
        Path clusterFile = dir.resolve("Pulumi.shared-gcp.yaml");
        Path hubFile = dir.resolve("Pulumi.gamma.yaml");
        Files.writeString(hubFile, Stacks.HUB_ONLY.formatted("gcp", "shared-gcp"));

        Files.writeString(clusterFile, cluster);
        assertThat(OfflinePlanner.plan(clusterFile).outputs().path("hubHost").path("userPools"))
                .hasSize(2).noneMatch(pool -> pool.path("alwaysUp").asBoolean(true));
        assertThat(hubOnlyPullerOn(hubFile)).as("the example's pools scale from zero").isFalse();

        // Every user pool of the cluster kept up: the contract says so, and the hub-only stack's hub pre-pulls.
        Files.writeString(clusterFile, cluster.replace(pools, pools.replace("      max:", "      min: 1\n      max:")));
        assertThat(OfflinePlanner.plan(clusterFile).outputs().path("hubHost").path("userPools"))
                .hasSize(2).allMatch(pool -> pool.path("alwaysUp").asBoolean());
        assertThat(hubOnlyPullerOn(hubFile)).isTrue();
    }

    @Test
    void aContractFromBeforePoolsSaidWhetherTheyStayUpReadsAsNot() {
        Map<String, Object> pool = new LinkedHashMap<>();
        pool.put("name", "user");
        pool.put("machineType", "n2-highmem-4");
        pool.put("nodeSelector", Map.of("hubfleet.io/pool", "user"));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("formatVersion", 1);
        output.put("cloud", "gcp");
        output.put("facts", Map.of());
        output.put("homeStorage", Map.of());
        output.put("userPools", List.of(pool));
        output.put("systemNamespace", "hubfleet-system");
        HubHostContract contract = HubHostContract.fromOutput(output).orElseThrow();
        assertThat(contract.userPools()).singleElement().satisfies(p -> assertThat(p.alwaysUp()).isFalse());
    }
}
