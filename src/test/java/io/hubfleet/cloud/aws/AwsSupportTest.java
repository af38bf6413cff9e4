package io.hubfleet.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What EKS lacks: the cluster autoscaler, a network load balancer, the GPU device plugin. */
class AwsSupportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-aws");
    }

    @Test
    void theAutoscalerDiscoversThisClustersGroupsAndMatchesItsVersion() {
        PlanResource release = plan.get(Releases.TYPE, "demo-aws-support-cluster-autoscaler");
        assertThat(release.input("/repositoryOpts/repo").asText()).isEqualTo("https://kubernetes.github.io/autoscaler");
        JsonNode values = Releases.values(release);
        assertThat(values.at("/autoDiscovery/clusterName").asText()).isEqualTo("demo-aws");
        assertThat(values.at("/awsRegion").asText()).isEqualTo("us-west-2");
        assertThat(values.at("/image/tag").asText()).startsWith("v1.35.");
        assertThat(values.at("/rbac/serviceAccount/name").asText()).isEqualTo("cluster-autoscaler");
        assertThat(values.at("/rbac/serviceAccount/annotations/eks.amazonaws.com~1role-arn").asText())
                .isEqualTo("<stand-in:demo-aws-support-cluster-autoscaler.arn>");
    }

    @Test
    void theAutoscalerMayResizeOnlyThisClustersGroups() throws Exception {
        JsonNode policy = JSON.readTree(plan.get("aws:iam/rolePolicy:RolePolicy", "demo-aws-support-cluster-autoscaler")
                .input("/policy").asText());
        JsonNode writes = policy.path("Statement").get(1);
        assertThat(writes.path("Action").toString()).contains("autoscaling:SetDesiredCapacity");
        assertThat(writes.at("/Condition/StringEquals/aws:ResourceTag~1k8s.io~1cluster-autoscaler~1demo-aws").asText())
                .isEqualTo("owned");
        assertThat(policy.path("Statement").get(0).path("Action").toString()).doesNotContain("SetDesiredCapacity");
        JsonNode trust = JSON.readTree(plan.get("aws:iam/role:Role", "demo-aws-support-cluster-autoscaler")
                .input("/assumeRolePolicy").asText());
        assertThat(trust.toString()).contains("system:serviceaccount:kube-system:cluster-autoscaler");
    }

    @Test
    void theGatewayGetsANetworkLoadBalancer() {
        PlanResource proxy = plan.get("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", "demo-aws-support-envoy-proxy");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyService/annotations/service.beta.kubernetes.io~1aws-load-balancer-type")
                .asText()).isEqualTo("nlb");
    }

    @Test
    void gpuPoolsGetNvidiasDevicePluginOnGpuNodesOnly() {
        PlanResource plugin = plan.get(Releases.TYPE, "demo-aws-support-nvidia-device-plugin");
        assertThat(plugin.input("/chart").asText()).isEqualTo("nvidia-device-plugin");
        assertThat(Releases.values(plugin).at("/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution"
                + "/nodeSelectorTerms/0/matchExpressions/0/key").asText()).isEqualTo("hubfleet.io/gpu");
        Plan noGpu = Stacks.plan(Stacks.AWS_WITH_HUB);
        assertThat(noGpu.find(Releases.TYPE, "test-support-nvidia-device-plugin")).isEmpty();
    }
}
