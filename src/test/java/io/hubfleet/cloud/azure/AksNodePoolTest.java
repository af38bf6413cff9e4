package io.hubfleet.cloud.azure;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** AKS user agent pools: labels, taints, scale to zero, spot. */
class AksNodePoolTest {

    private static final String POOL = "azure-native:containerservice:AgentPool";
    private static Plan plan;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-azure");
    }

    @Test
    void userPoolsCarryTheUserConventionAndScaleFromZero() {
        PlanResource user = plan.get(POOL, "demo-azure-user-m");
        assertParent(plan, user, "hubfleet:index:NodePool", "demo-azure-user-m");
        assertThat(user.input("/agentPoolName").asText()).isEqualTo("userm");
        assertThat(user.input("/mode").asText()).isEqualTo("User");
        assertThat(user.input("/minCount").asInt()).isZero();
        assertThat(user.input("/maxCount").asInt()).isEqualTo(50);
        assertThat(user.input("/enableAutoScaling").asBoolean()).isTrue();
        assertThat(user.input("/vmSize").asText()).isEqualTo("Standard_E4s_v5");
        assertThat(user.input("/nodeLabels/hub.jupyter.org~1node-purpose").asText()).isEqualTo("user");
        assertThat(user.input("/nodeTaints").toString()).isEqualTo("[\"hub.jupyter.org_dedicated=user:NoSchedule\"]");
        assertThat(user.input("/enableNodePublicIP").asBoolean()).isFalse();
        assertThat(user.ignoreChanges()).containsExactly("count");
        assertThat(user.inputs().has("scaleSetPriority")).isFalse();
    }

    @Test
    void spotPoolsAreDeletedOnEvictionAndPayUpToOnDemand() {
        PlanResource dask = plan.get(POOL, "demo-azure-dask");
        assertThat(dask.input("/scaleSetPriority").asText()).isEqualTo("Spot");
        assertThat(dask.input("/scaleSetEvictionPolicy").asText()).isEqualTo("Delete");
        assertThat(dask.input("/spotMaxPrice").asDouble()).isEqualTo(-1.0);
        assertThat(dask.input("/nodeTaints").toString()).isEqualTo("[\"k8s.dask.org_dedicated=worker:NoSchedule\"]");
        assertThat(dask.input("/vmSize").asText()).isEqualTo("Standard_E16s_v5");
    }

    @Test
    void gpuPoolsGetAT4SizeAndTheGpuTaint() {
        PlanResource gpu = plan.get(POOL, "demo-azure-gpu");
        assertThat(gpu.input("/vmSize").asText()).isEqualTo("Standard_NC8as_T4_v3");
        assertThat(gpu.input("/nodeTaints").toString()).contains("nvidia.com/gpu=present:NoSchedule");
    }

    @Test
    void theCorePoolIsTheClustersOwn() {
        assertThat(plan.childrenOf(plan.get("hubfleet:index:NodePool", "demo-azure-core").urn())).isEmpty();
        assertThat(plan.ofType(POOL)).extracting(PlanResource::name).doesNotContain("demo-azure-core");
    }
}
