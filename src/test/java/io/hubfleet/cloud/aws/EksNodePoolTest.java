package io.hubfleet.cloud.aws;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** Managed node groups: labels and taints, spot, IMDS, and the autoscaler's node-template tags. */
class EksNodePoolTest {

    private static final String GROUP = "aws:eks/nodeGroup:NodeGroup";
    private static Plan plan;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-aws");
    }

    private static Map<String, String> asgTags(String pool) {
        Map<String, String> tags = new TreeMap<>();
        plan.ofType("aws:autoscaling/tag:Tag").stream()
                .filter(t -> plan.parentOf(t).orElseThrow().name().equals("demo-aws-" + pool))
                .forEach(t -> tags.put(t.input("/tag/key").asText(), t.input("/tag/value").asText()));
        return tags;
    }

    @Test
    void userGroupsCarryTheUserConventionAndScaleFromZero() {
        PlanResource user = plan.get(GROUP, "demo-aws-user-m");
        assertParent(plan, user, "hubfleet:index:NodePool", "demo-aws-user-m");
        assertThat(user.input("/labels/hub.jupyter.org~1node-purpose").asText()).isEqualTo("user");
        assertThat(user.input("/taints").toString())
                .isEqualTo("[{\"effect\":\"NO_SCHEDULE\",\"key\":\"hub.jupyter.org_dedicated\",\"value\":\"user\"}]");
        assertThat(user.input("/scalingConfig/minSize").asInt()).isZero();
        assertThat(user.input("/scalingConfig/maxSize").asInt()).isEqualTo(50);
        assertThat(user.input("/instanceTypes").toString()).isEqualTo("[\"r6i.xlarge\"]");
        assertThat(user.input("/capacityType").asText()).isEqualTo("ON_DEMAND");
        assertThat(user.input("/amiType").asText()).isEqualTo("AL2023_x86_64_STANDARD");
        assertThat(user.ignoreChanges()).containsExactly("scalingConfig.desiredSize");
        assertThat(user.input("/subnetIds").toString()).contains("private").doesNotContain("public");
    }

    @Test
    void spotGroupsTakeSeveralTypesOfTheSameSize() {
        PlanResource dask = plan.get(GROUP, "demo-aws-dask");
        assertThat(dask.input("/capacityType").asText()).isEqualTo("SPOT");
        assertThat(dask.input("/instanceTypes").toString())
                .isEqualTo("[\"r6i.4xlarge\",\"r5.4xlarge\",\"r6a.4xlarge\",\"r5a.4xlarge\",\"r7i.4xlarge\"]");
        assertThat(dask.input("/taints/0/key").asText()).isEqualTo("k8s.dask.org_dedicated");
    }

    @Test
    void gpuGroupsUseTheNvidiaAmiAndAreTaintedForTheirGpus() {
        PlanResource gpu = plan.get(GROUP, "demo-aws-gpu");
        assertThat(gpu.input("/amiType").asText()).isEqualTo("AL2023_x86_64_NVIDIA");
        assertThat(gpu.input("/instanceTypes").toString()).isEqualTo("[\"g4dn.xlarge\"]");
        assertThat(gpu.input("/taints").findValuesAsText("key")).containsExactly("hub.jupyter.org_dedicated", "nvidia.com/gpu");
        assertThat(gpu.input("/labels/hubfleet.io~1gpu").asText()).isEqualTo("nvidia-tesla-t4");
    }

    @Test
    void podsCannotReachInstanceMetadataAndDisksAreEncrypted() {
        for (PlanResource template : plan.ofType("aws:ec2/launchTemplate:LaunchTemplate")) {
            assertThat(template.input("/metadataOptions/httpTokens").asText()).isEqualTo("required");
            assertThat(template.input("/metadataOptions/httpPutResponseHopLimit").asInt()).isEqualTo(1);
            assertThat(template.input("/blockDeviceMappings/0/ebs/encrypted").asText()).isEqualTo("true");
            assertThat(template.input("/blockDeviceMappings/0/ebs/volumeType").asText()).isEqualTo("gp3");
        }
        assertThat(plan.get("aws:ec2/launchTemplate:LaunchTemplate", "demo-aws-user-m")
                .input("/blockDeviceMappings/0/ebs/volumeSize").asInt()).isEqualTo(100);
        assertThat(plan.get(GROUP, "demo-aws-user-m").input("/launchTemplate/id").asText())
                .isEqualTo("<stand-in:demo-aws-user-m.id>");
    }

    @Test
    void autoscalingGroupsCarryNodeTemplateTagsSoTheAutoscalerScalesFromZero() {
        String prefix = "k8s.io/cluster-autoscaler/node-template/";
        assertThat(asgTags("dask")).isEqualTo(Map.of(
                prefix + "label/hubfleet.io/pool", "dask",
                prefix + "label/k8s.dask.org/node-purpose", "worker",
                prefix + "taint/k8s.dask.org_dedicated", "worker:NoSchedule"));
        assertThat(asgTags("gpu")).containsEntry(prefix + "resources/nvidia.com/gpu", "1")
                .containsEntry(prefix + "taint/nvidia.com/gpu", "present:NoSchedule")
                .containsEntry(prefix + "label/hub.jupyter.org/node-purpose", "user");
        for (PlanResource tag : plan.ofType("aws:autoscaling/tag:Tag")) {
            assertThat(tag.input("/autoscalingGroupName").asText()).endsWith(".resources[0].autoscalingGroups[0].name>");
            assertThat(tag.input("/tag/propagateAtLaunch").asBoolean()).isFalse();
        }
    }

    @Test
    void groupsAreNamedAfterTheirPools() {
        assertThat(plan.ofType(GROUP)).extracting(g -> g.input("/nodeGroupName").asText())
                .containsExactlyInAnyOrderElementsOf(List.of("core", "user-m", "user-l", "gpu", "dask"));
    }
}
