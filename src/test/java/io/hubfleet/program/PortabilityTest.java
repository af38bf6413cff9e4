package io.hubfleet.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stack file, three clouds: changing hubfleet:cloud (with the region and account it implies) is all
 * it takes. The same components come out, sized the same, serving the same hubs.
 */
class PortabilityTest {

    static final Map<Cloud, String> LOCATIONS = Map.of(
            Cloud.GCP, """
                      hubfleet:cloud: gcp
                      hubfleet:region: europe-west4
                      hubfleet:zone: europe-west4-a
                      hubfleet:account: {id: campus-hubs}
                    """,
            Cloud.AWS, """
                      hubfleet:cloud: aws
                      hubfleet:region: eu-central-1
                      hubfleet:account: {id: "210987654321"}
                    """,
            Cloud.AZURE, """
                      hubfleet:cloud: azure
                      hubfleet:region: westeurope
                      hubfleet:account: {id: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}
                    """);

    static final String PORTABLE = """
              hubfleet:cluster: {name: campus, kubernetesVersion: "1.35"}
              hubfleet:nodePools:
                - {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 20}
                - {name: gpu, purpose: user, machine: {cpu: 4, memoryGiB: 15}, gpu: {type: nvidia-tesla-t4}, max: 2}
                - {name: dask, purpose: dask-worker, machine: {cpu: 16, memoryGiB: 128}, spot: true, max: 50}
              hubfleet:ingress: {letsEncryptEmail: ops@campus.example.edu}
              hubfleet:hubs:
                - name: campus
                  domain: hub.campus.example.edu
                  auth:
                    provider: cilogon
                    clientId: cilogon:/client_id/1
                    clientSecret: {secure: v1:x}
                    cilogon: {identityProviders: [{entityId: "https://idp.campus.example.edu/idp/shibboleth"}]}
                  image: {name: pangeo/pangeo-notebook, tag: "2025.06.02"}
                  persistentBucket: {enabled: true}
                  dask: {enabled: true}
            """;

    static final Map<Cloud, Plan> PLANS = new EnumMap<>(Cloud.class);

    @BeforeAll
    static void planOnEveryCloud() {
        LOCATIONS.forEach((cloud, location) -> PLANS.put(cloud, Stacks.plan("config:\n" + location + PORTABLE)));
    }

    private static Set<String> components(Plan plan) {
        return plan.resources().stream().filter(r -> r.type().startsWith("hubfleet:index:"))
                .map(r -> r.type() + " " + r.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theDemoGcpCommunityPlansOnEveryCloudWithOnlyItsLocationChanged() throws Exception {
        String demo = java.nio.file.Files.readString(Stacks.exampleFile("demo-gcp"));
        // Data grants name buckets of the stack's own cloud (gs:// here), like its location: they stay behind.
        String body = demo.substring(demo.indexOf("  hubfleet:cluster:"))
                .replaceAll("      dataAccess:\n(        .*\n)+", "");
        assertThat(body).doesNotContain("dataAccess").contains("    - name: prod\n");
        Plan gcp = Stacks.example("demo-gcp");
        LOCATIONS.forEach((cloud, location) -> {
            Plan plan = Stacks.plan("config:\n" + location + body);
            assertThat(plan.ofType("hubfleet:index:Hub")).as(cloud.toString()).hasSize(2);
            assertThat(plan.ofType("hubfleet:index:NodePool")).as(cloud.toString())
                    .hasSameSizeAs(gcp.ofType("hubfleet:index:NodePool"));
        });
        assertThat(demo.substring(0, demo.indexOf("  hubfleet:cluster:")))
                .as("only the location comes before the cluster in demo-gcp")
                .contains("hubfleet:cloud", "hubfleet:region", "hubfleet:zone", "hubfleet:account")
                .doesNotContain("hubfleet:nodePools");
    }

    @Test
    void everyCloudGetsTheSameComponents() {
        Set<String> gcp = components(PLANS.get(Cloud.GCP));
        assertThat(gcp).contains("hubfleet:index:Cluster campus", "hubfleet:index:NodePool campus-gpu",
                "hubfleet:index:Filestore campus-home", "hubfleet:index:Hub campus",
                "hubfleet:index:DaskGateway campus-dask", "hubfleet:index:Support campus-support",
                "hubfleet:index:IngressGateway campus-support", "hubfleet:index:DnsRecords campus-support",
                "hubfleet:index:Monitoring campus-support", "hubfleet:index:ClusterAddOns campus-support");
        PLANS.forEach((cloud, plan) -> assertThat(components(plan)).as(cloud.toString()).isEqualTo(gcp));
    }

    @Test
    void poolsHaveTheSameSizeOnEveryCloud() {
        PLANS.forEach((cloud, plan) -> {
            for (String pool : List.of("user", "gpu", "dask")) {
                JsonNode outputs = plan.get("hubfleet:index:NodePool", "campus-" + pool).outputs();
                var type = MachineCatalogue.of(cloud).find(outputs.path("machineType").asText()).orElseThrow();
                switch (pool) {
                    case "user" -> assertThat(type.cpu() + "/" + type.memoryGiB()).as(cloud + " user").isEqualTo("4/32.0");
                    case "dask" -> assertThat(type.cpu() + "/" + type.memoryGiB()).as(cloud + " dask").isEqualTo("16/128.0");
                    default -> assertThat(type.cpu()).as(cloud + " gpu").isEqualTo(4);
                }
            }
        });
    }

    @Test
    void theHubIsServedAlikeOnEveryCloud() {
        JsonNode reference = Releases.values(PLANS.get(Cloud.GCP), "campus");
        PLANS.forEach((cloud, plan) -> {
            JsonNode values = Releases.values(plan, "campus");
            for (String pointer : List.of("/hub/config", "/httpRoute", "/singleuser/image", "/singleuser/storage",
                    "/scheduling", "/cull", "/hub/services", "/hub/loadRoles")) {
                assertThat(values.at(pointer)).as(cloud + " " + pointer).isEqualTo(reference.at(pointer));
            }
            assertThat(values.at("/singleuser/profileList")).as(cloud + " profiles").hasSize(2);
            assertThat(values.at("/singleuser/extraEnv/SCRATCH_BUCKET").asText()).as(cloud + " scratch")
                    .matches("(gs|s3|abfs)://.*campus.*/\\$\\(JUPYTERHUB_USER\\)");
        });
    }

    @Test
    void everyCloudProtectsTheSameUserData() {
        PLANS.forEach((cloud, plan) -> {
            List<String> protectedParents = plan.resources().stream().filter(PlanResource::protect)
                    .map(r -> plan.parentOf(r).orElseThrow().type()).distinct().sorted().toList();
            assertThat(protectedParents).as(cloud.toString())
                    .contains("hubfleet:index:Filestore", "hubfleet:index:Hub")
                    // Azure keeps the resource group too: deleting it would delete everything inside.
                    .isSubsetOf("hubfleet:index:Filestore", "hubfleet:index:Hub", "hubfleet:index:CloudAccount");
        });
    }
}
