package io.hubfleet.program;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanEngine;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Helm installs a chart's crds/ once and never upgrades them: a chart bump is refused until its CRDs are
 * applied, with the command that applies them (program/CrdUpgradeGuard).
 */
class CrdUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStackExportsTheVersionOfEveryInstalledChartThatShipsCrds() {
        Plan gcp = Stacks.example("demo-gcp");
        assertThat(gcp.outputs().path("crdCharts").toString())
                .isEqualTo("{\"dask-gateway\":\"2026.3.0\",\"envoy-gateway\":\"v1.9.0\"}");
        // EKS needs NVIDIA's device plugin for its GPU pool; its subchart ships CRDs too.
        assertThat(Stacks.example("demo-aws").outputs().path("crdCharts").has("nvidia-device-plugin")).isTrue();
        // A hub-only stack installs its hubs' Dask Gateways.
        assertThat(Stacks.example("college-a").outputs().path("crdCharts").toString()).isEqualTo("{}");
    }

    @Test
    void aBumpIsRefusedWithTheCommandThatAppliesTheNewCrds() {
        HelmChart envoy = HelmChart.load("support/envoy-gateway");
        assertThat(CrdUpgradeGuard.refusals(Map.of("envoy-gateway", "v1.8.0"), Map.of("envoy-gateway", envoy), Set.of()))
                .singleElement().asString()
                .startsWith("envoy-gateway v1.8.0 -> v1.9.0: apply its CRDs first")
                .contains("helm show crds oci://docker.io/envoyproxy/gateway-helm --version v1.9.0 "
                        + "| kubectl apply --server-side --force-conflicts -f -")
                .endsWith("HUBFLEET_CRDS_APPLIED=envoy-gateway@v1.9.0");
        HelmChart dask = HelmChart.load("dask-gateway");
        assertThat(dask.crdUpgradeCommand())
                .isEqualTo("helm show crds dask-gateway --repo https://helm.dask.org/ --version 2026.3.0 "
                        + "| kubectl apply --server-side --force-conflicts -f -");
    }

    @Test
    void theSameVersionAFirstInstallOrAppliedCrdsAreNotRefused() {
        HelmChart envoy = HelmChart.load("support/envoy-gateway");
        assertThat(CrdUpgradeGuard.refusals(Map.of("envoy-gateway", "v1.9.0"), Map.of("envoy-gateway", envoy), Set.of()))
                .isEmpty();
        assertThat(CrdUpgradeGuard.refusals(Map.of(), Map.of("envoy-gateway", envoy), Set.of())).isEmpty();
        assertThat(CrdUpgradeGuard.refusals(Map.of("envoy-gateway", "v1.8.0"), Map.of("envoy-gateway", envoy),
                CrdUpgradeGuard.applied(" envoy-gateway@v1.9.0 ,dask-gateway@2026.3.0"))).isEmpty();
        // Saying an older version was applied does not do.
        assertThat(CrdUpgradeGuard.refusals(Map.of("envoy-gateway", "v1.7.0"), Map.of("envoy-gateway", envoy),
                CrdUpgradeGuard.applied("envoy-gateway@v1.8.0"))).hasSize(1);
    }

    @Test
    void theDeployedProgramRefusesAChartBumpItsLastDeploymentDidNotHave() {
        var raw = Stacks.raw(Stacks.GCP_WITH_HUB);
        var config = StackConfigReader.read(raw);
        ObjectNode previous = JSON.createObjectNode();
        previous.putObject("crdCharts").put("envoy-gateway", "v1.8.0");
        assertThatThrownBy(() -> PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(JSON), raw.secretKeys(),
                Map.of("test", previous), ctx -> EstateProgram.define(ctx, config)))
                .hasMessageContaining("would upgrade charts whose CRDs Helm never upgrades")
                .hasMessageContaining("envoy-gateway v1.8.0 -> v1.9.0");
        previous.putObject("crdCharts").put("envoy-gateway", "v1.9.0");
        Plan plan = PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(JSON), raw.secretKeys(),
                Map.of("test", previous), ctx -> EstateProgram.define(ctx, config));
        assertThat(plan.outputs().at("/crdCharts/envoy-gateway").asText()).isEqualTo("v1.9.0");
    }
}
