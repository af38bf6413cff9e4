package io.hubfleet.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.config.StackConfig;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core pool's size follows what it runs: the workload's figures are the ones the pods really
 * request (hubfleet's own values files, and the pinned charts' defaults), and the smallest core-family
 * type that holds them is chosen unless the stack file names a size.
 */
class CoreWorkloadTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonNode values(String component) throws IOException {
        return YAML.readTree(Path.of("components", component, "values.yaml").toFile());
    }

    private static CoreWorkload.Item item(CoreWorkload workload, String what) {
        return workload.items().stream().filter(i -> i.what().startsWith(what)).findFirst().orElseThrow();
    }

    private static void assertRequests(CoreWorkload.Item item, JsonNode requests) {
        assertThat(item.cpuMillis()).as(item.what() + " cpu").isEqualTo(millis(requests.path("cpu").asText()));
        assertThat(item.memoryMiB()).as(item.what() + " memory").isEqualTo(mebibytes(requests.path("memory").asText()));
    }

    private static int millis(String cpu) {
        return cpu.endsWith("m") ? Integer.parseInt(cpu.substring(0, cpu.length() - 1))
                : (int) Math.round(Double.parseDouble(cpu) * 1000);
    }

    /** A Kubernetes memory quantity in MiB (the forms hubfleet's values use: Mi, Gi). */
    private static int mebibytes(String memory) {
        if (memory.endsWith("Gi")) {
            return Integer.parseInt(memory.substring(0, memory.length() - 2)) * 1024;
        }
        assertThat(memory).endsWith("Mi");
        return Integer.parseInt(memory.substring(0, memory.length() - 2));
    }

    @Test
    void hubfleetsOwnPodsRequestWhatTheirValuesSay() throws IOException {
        StackConfig config = Stacks.read(Stacks.GCP_WITH_HUB);
        CoreWorkload workload = CoreWorkload.of(config, new Allocatable(1.9, 6));
        JsonNode hub = values("hub");
        assertRequests(item(workload, "JupyterHub hub"), hub.at("/hub/resources/requests"));
        assertRequests(item(workload, "configurable-http-proxy"), hub.at("/proxy/chp/resources/requests"));
        assertRequests(item(workload, "cert-manager"), values("support/cert-manager").at("/resources/requests"));
        assertRequests(item(workload, "Grafana"), values("support/grafana").at("/resources/requests"));
        JsonNode prometheus = values("support/prometheus");
        assertRequests(item(workload, "kube-state-metrics"), prometheus.at("/kube-state-metrics/resources/requests"));
        assertRequests(item(workload, "Prometheus config reloader"),
                prometheus.at("/configmapReload/prometheus/resources/requests"));
        JsonNode nfs = values("home-nfs");
        int cpu = 0;
        int memory = 0;
        for (String container : new String[]{"nfsServer", "quotaEnforcer", "autoResizer", "prometheusExporter"}) {
            cpu += millis(nfs.at("/" + container + "/resources/requests/cpu").asText());
            memory += mebibytes(nfs.at("/" + container + "/resources/requests/memory").asText());
        }
        CoreWorkload.Item server = item(workload, "home NFS server");
        assertThat(server.cpuMillis()).isEqualTo(cpu);
        assertThat(server.memoryMiB()).isEqualTo(memory);
        assertRequests(item(CoreWorkload.of(Stacks.read(Stacks.AWS_WITH_HUB), new Allocatable(1.9, 6)), "cluster autoscaler"),
                values("support/cluster-autoscaler").at("/resources/requests"));
    }

    @Test
    void theEnvoyGatewayControllerRequestsWhatItsPinnedChartSays() throws IOException {
        Path chart = Path.of("..", "shared", "upstream", "charts", "gateway-helm-v1.9.0", "values.yaml");
        Assumptions.assumeTrue(Files.exists(chart), "skipped: " + chart + " is not here, as in a fork");
        CoreWorkload workload = CoreWorkload.of(Stacks.read(Stacks.GCP_WITH_HUB), new Allocatable(1.9, 6));
        assertRequests(item(workload, "Envoy Gateway controller"),
                YAML.readTree(chart.toFile()).at("/deployment/envoyGateway/resources/requests"));
    }

    @Test
    void anUnsizedCorePoolIsTheSmallestCoreTypeThatHoldsItsPods() {
        Plan small = Stacks.example("small-gcp");
        assertThat(small.get("gcp:container/nodePool:NodePool", "small-gcp-core").input("/nodeConfig/machineType")
                .asText()).isEqualTo("e2-standard-2");
        StackConfig config = Stacks.read(Files.exists(Stacks.exampleFile("small-gcp"))
                ? readExample("small-gcp") : Stacks.GCP_WITH_HUB);
        var chosen = CoreWorkload.coreMachine(config);
        CoreWorkload workload = CoreWorkload.of(config, Allocatable.of(config.cloud(), chosen));
        assertThat(workload.fits(Allocatable.of(config.cloud(), chosen))).isTrue();
        // ...and the next smaller one would not do (e2-standard-2 is the family's smallest).
        assertThat(MachineCatalogue.of(config.cloud()).coreTypes().get(0)).isEqualTo(chosen);

        // Many hubs need a bigger node.
        StringBuilder many = new StringBuilder(Stacks.GCP_WITH_HUB);
        for (int i = 0; i < 8; i++) {
            many.append(Stacks.BETA_HUB.replace("name: beta", "name: hub" + i).replace("beta.example.org", "hub" + i + ".example.org"));
        }
        StackConfig busy = Stacks.read(many.toString());
        var bigger = CoreWorkload.coreMachine(busy);
        assertThat(bigger.cpu()).isGreaterThan(2);
        assertThat(CoreWorkload.of(busy, Allocatable.of(busy.cloud(), bigger)).fits(Allocatable.of(busy.cloud(), bigger))).isTrue();
    }

    @Test
    void aSizeTheStackFileGivesIsKept() {
        Plan demo = Stacks.example("demo-gcp");
        assertThat(demo.get("gcp:container/nodePool:NodePool", "demo-gcp-core").input("/nodeConfig/machineType").asText())
                .isEqualTo("n2-highmem-4");
        Plan typed = Stacks.plan(Stacks.GCP_WITH_HUB.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.33\", corePool: {machineType: n2-standard-4}}"));
        assertThat(typed.get("gcp:container/nodePool:NodePool", "test-core").input("/nodeConfig/machineType").asText())
                .isEqualTo("n2-standard-4");
    }

    @Test
    void eachCloudHasACoreFamilyOfGeneralPurposeTypes() {
        assertThat(MachineCatalogue.of(io.hubfleet.config.portable.Cloud.GCP).coreTypes().get(0).name()).isEqualTo("e2-standard-2");
        assertThat(MachineCatalogue.of(io.hubfleet.config.portable.Cloud.AWS).coreTypes().get(0).name()).isEqualTo("m6i.large");
        assertThat(MachineCatalogue.of(io.hubfleet.config.portable.Cloud.AZURE).coreTypes().get(0).name()).isEqualTo("Standard_D2s_v5");
        Map<String, String> expected = Map.of("small-aws", "m6i.large");
        expected.forEach((stack, type) -> {
            if (Files.exists(Stacks.exampleFile(stack))) {
                assertThat(Stacks.example(stack).get("aws:eks/nodeGroup:NodeGroup", stack + "-core")
                        .input("/instanceTypes/0").asText()).isEqualTo(type);
            }
        });
    }

    private static String readExample(String stack) {
        try {
            return Files.readString(Stacks.exampleFile(stack));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
