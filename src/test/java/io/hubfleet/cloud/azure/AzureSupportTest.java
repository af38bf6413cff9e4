package io.hubfleet.cloud.azure;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AzureSupportTest {

    @Test
    void theGatewaysLoadBalancerProbesHealthzAndGpusGetTheDevicePlugin() {
        Plan plan = Stacks.example("demo-azure");
        PlanResource proxy = plan.get("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", "demo-azure-support-envoy-proxy");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyService/annotations"
                + "/service.beta.kubernetes.io~1azure-load-balancer-health-probe-request-path").asText()).isEqualTo("/healthz");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyService/externalTrafficPolicy").asText()).isEqualTo("Local");
        assertThat(plan.find(Releases.TYPE, "demo-azure-support-nvidia-device-plugin")).isPresent();
        assertThat(plan.find(Releases.TYPE, "demo-azure-support-cluster-autoscaler")).as("AKS has its own").isEmpty();
    }

    @Test
    void spotNodesAreToleratedByUserAndDaskPods() {
        Plan plan = Stacks.example("demo-azure");
        assertThat(Releases.values(plan, "prod").at("/singleuser/extraTolerations").findValuesAsText("key"))
                .contains("kubernetes.azure.com/scalesetpriority");
        assertThat(Releases.values(plan, "prod-dask").at("/gateway/backend/worker/extraPodConfig/tolerations")
                .findValuesAsText("key")).contains("kubernetes.azure.com/scalesetpriority");
    }
}
