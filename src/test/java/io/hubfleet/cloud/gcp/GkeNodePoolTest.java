package io.hubfleet.cloud.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** GKE pools: the labels and taints the charts expect, autoscaling to zero, spot and GPUs. */
class GkeNodePoolTest {

    private static final String POOL = "gcp:container/nodePool:NodePool";
    private static Plan plan;

    @BeforeAll
    static void planPools() {
        plan = Stacks.plan(Stacks.GCP.replace("- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}", """
                - {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10, labels: {team: physics}}
                    - {name: dask, purpose: dask-worker, machineType: n2-highmem-16, spot: true, max: 200}
                    - {name: gpu, purpose: user, machineType: n1-standard-8, gpu: {type: nvidia-tesla-t4, count: 1}, max: 4}
                """));
    }

    private static Map<String, String> labels(PlanResource pool) {
        Map<String, String> labels = new java.util.TreeMap<>();
        pool.input("/nodeConfig/labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static List<String> taints(PlanResource pool) {
        List<String> taints = new ArrayList<>();
        for (JsonNode t : pool.input("/nodeConfig/taints")) {
            taints.add(t.path("key").asText() + "=" + t.path("value").asText() + ":" + t.path("effect").asText());
        }
        return taints;
    }

    @Test
    void corePoolIsLabelledCoreUntaintedAndNeverScalesToZero() {
        PlanResource core = plan.get(POOL, "test-core");
        assertThat(labels(core)).isEqualTo(Map.of("hub.jupyter.org/node-purpose", "core",
                "k8s.dask.org/node-purpose", "core", "hubfleet.io/pool", "core"));
        assertThat(taints(core)).isEmpty();
        assertThat(core.input("/autoscaling/totalMinNodeCount").asInt()).isEqualTo(1);
        assertThat(core.input("/autoscaling/totalMaxNodeCount").asInt()).isEqualTo(3);
        // Sized by what it runs: the smallest of GCP's core family (CoreWorkloadTest).
        assertThat(core.input("/nodeConfig/machineType").asText()).isEqualTo("e2-standard-2");
        assertThat(core.input("/nodeConfig/spot").asBoolean()).isFalse();
    }

    @Test
    void userPoolCarriesTheUserConventionAndScalesFromZero() {
        PlanResource user = plan.get(POOL, "test-user");
        assertThat(labels(user)).containsEntry("hub.jupyter.org/node-purpose", "user")
                .containsEntry("k8s.dask.org/node-purpose", "scheduler")
                .containsEntry("hubfleet.io/pool", "user")
                .containsEntry("team", "physics");
        assertThat(taints(user)).containsExactly("hub.jupyter.org_dedicated=user:NO_SCHEDULE");
        assertThat(user.input("/autoscaling/totalMinNodeCount").asInt()).isZero();
        assertThat(user.input("/initialNodeCount").asInt()).isZero();
        assertThat(user.input("/nodeConfig/machineType").asText()).isEqualTo("n2-highmem-4");
    }

    @Test
    void daskPoolCarriesTheWorkerConventionOnSpot() {
        PlanResource dask = plan.get(POOL, "test-dask");
        assertThat(labels(dask)).containsEntry("k8s.dask.org/node-purpose", "worker")
                .doesNotContainKey("hub.jupyter.org/node-purpose");
        assertThat(taints(dask)).containsExactly("k8s.dask.org_dedicated=worker:NO_SCHEDULE");
        assertThat(dask.input("/nodeConfig/spot").asBoolean()).isTrue();
        assertThat(dask.input("/autoscaling/locationPolicy").asText()).isEqualTo("ANY");
        assertThat(dask.input("/autoscaling/totalMaxNodeCount").asInt()).isEqualTo(200);
    }

    @Test
    void gpuPoolAttachesTheGpuWithDriversAndTaintsForIt() {
        PlanResource gpu = plan.get(POOL, "test-gpu");
        assertThat(taints(gpu)).containsExactly("hub.jupyter.org_dedicated=user:NO_SCHEDULE",
                "nvidia.com/gpu=present:NO_SCHEDULE");
        JsonNode accelerator = gpu.input("/nodeConfig/guestAccelerators/0");
        assertThat(accelerator.path("type").asText()).isEqualTo("nvidia-tesla-t4");
        assertThat(accelerator.path("count").asInt()).isEqualTo(1);
        assertThat(accelerator.at("/gpuDriverInstallationConfig/gpuDriverVersion").asText()).isEqualTo("LATEST");
        assertThat(plan.get(POOL, "test-user").input("/nodeConfig").has("guestAccelerators")).isFalse();
    }

    @Test
    void everyPoolIsPrivateShieldedAndHidesNodeCredentialsFromPods() {
        for (PlanResource pool : plan.ofType(POOL)) {
            assertThat(pool.input("/nodeConfig/workloadMetadataConfig/mode").asText()).as(pool.name()).isEqualTo("GKE_METADATA");
            assertThat(pool.input("/nodeConfig/shieldedInstanceConfig/enableSecureBoot").asBoolean()).isTrue();
            assertThat(pool.input("/nodeConfig/serviceAccount").asText()).isEqualTo("<stand-in:test-nodes.email>");
            assertThat(pool.input("/nodeConfig/metadata/disable-legacy-endpoints").asText()).isEqualTo("true");
            assertThat(pool.input("/management/autoUpgrade").asBoolean()).as("pools follow the control plane").isTrue();
            assertThat(pool.input("/cluster").asText()).isEqualTo("test");
        }
    }

    @Test
    void theAutoscalerOwnsTheNodeCount() {
        for (PlanResource pool : plan.ofType(POOL)) {
            assertThat(pool.ignoreChanges()).as(pool.name()).contains("initialNodeCount", "nodeCount");
            assertThat(pool.deleteBeforeReplace()).isTrue();
        }
    }

    @Test
    void eachCloudPoolIsAChildOfItsNodePoolComponentUnderTheCluster() {
        for (String name : List.of("core", "user", "dask", "gpu")) {
            PlanResource pool = plan.get(POOL, "test-" + name);
            assertParent(plan, pool, "hubfleet:index:NodePool", "test-" + name);
            assertParent(plan, plan.parentOf(pool).orElseThrow(), "hubfleet:index:Cluster", "test");
            assertThat(pool.input("/name").asText()).isEqualTo(name);
        }
    }
}
