package io.hubfleet.program;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.config.HubStackConfig;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.config.StackFile;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanEngine;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenants of a shared cluster cannot collide: two hub-only stacks that name a hub alike get different
 * namespaces, home directories, cloud identities and buckets; hubs deployed under their plain names keep
 * them (their data is there); {@code plan --all} refuses a domain or namespace another stack of the
 * cluster already has.
 */
class TenantNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String hubOnly(String domain) {
        return Stacks.HUB_ONLY.formatted("gcp", "shared-gcp").replace("gamma.example.org", domain);
    }

    private static Path stacks(Path dir, Map<String, String> hubOnlyStacks) throws Exception {
        Files.copy(Stacks.exampleFile("shared-gcp"), dir.resolve("Pulumi.shared-gcp.yaml"));
        for (var stack : hubOnlyStacks.entrySet()) {
            Files.writeString(dir.resolve("Pulumi." + stack.getKey() + ".yaml"), stack.getValue());
        }
        return dir;
    }

    private static List<String> namesOf(Plan plan, String type, String input) {
        return plan.ofType(type).stream().map(r -> r.input(input).asText()).sorted().toList();
    }

    @Test
    void twoStacksNamingAHubAlikeGetDifferentNamesForEverythingClusterWideAndCloudWide(@TempDir Path dir) throws Exception {
        stacks(dir, Map.of("alpha", hubOnly("gamma.alpha.org"), "beta", hubOnly("gamma.beta.org")));
        Plan alpha = OfflinePlanner.plan(dir.resolve("Pulumi.alpha.yaml"));
        Plan beta = OfflinePlanner.plan(dir.resolve("Pulumi.beta.yaml"));
        String alphaName = TenantNames.qualified("alpha", "gamma");
        String betaName = TenantNames.qualified("beta", "gamma");
        assertThat(alphaName).matches("gamma-[0-9a-f]{4}").isNotEqualTo(betaName);
        assertThat(alpha.outputs().path("hubInstances").toString()).isEqualTo("{\"gamma\":\"" + alphaName + "\"}");

        // Namespaces, the release, home volume and directory: each stack's own.
        assertThat(namesOf(alpha, "kubernetes:core/v1:Namespace", "/metadata/name")).contains(alphaName)
                .doesNotContainAnyElementsOf(namesOf(beta, "kubernetes:core/v1:Namespace", "/metadata/name"));
        assertThat(namesOf(alpha, "kubernetes:helm.sh/v3:Release", "/name"))
                .doesNotContainAnyElementsOf(namesOf(beta, "kubernetes:helm.sh/v3:Release", "/name"));
        assertThat(alpha.get("kubernetes:core/v1:PersistentVolume", "gamma-home").input("/spec/nfs/path").asText())
                .isEqualTo("/homes/" + alphaName);
        assertThat(beta.get("kubernetes:core/v1:PersistentVolume", "gamma-home").input("/spec/nfs/path").asText())
                .isEqualTo("/homes/" + betaName);
        // Cluster-scoped objects (their names are cluster-wide) do not collide either.
        for (PlanResource clusterWide : alpha.resources()) {
            if (clusterWide.type().startsWith("kubernetes:") && !clusterWide.type().startsWith("kubernetes:helm")
                    && clusterWide.input("/metadata/namespace").isMissingNode()) {
                String name = clusterWide.input("/metadata/name").asText();
                assertThat(beta.resources()).as(clusterWide.type() + " " + name)
                        .noneMatch(r -> r.type().equals(clusterWide.type()) && r.input("/metadata/name").asText().equals(name));
            }
        }

        // Cloud identities and buckets: different, within GCP's limits (service account ids 6-30 characters).
        List<String> alphaAccounts = namesOf(alpha, "gcp:serviceaccount/account:Account", "/accountId");
        assertThat(alphaAccounts).isNotEmpty().allMatch(id -> id.matches("[a-z][a-z0-9-]{4,28}[a-z0-9]"))
                .doesNotContainAnyElementsOf(namesOf(beta, "gcp:serviceaccount/account:Account", "/accountId"));
        List<String> alphaBuckets = namesOf(alpha, "gcp:storage/bucket:Bucket", "/name");
        assertThat(alphaBuckets).hasSize(2).allMatch(name -> name.length() <= 63)
                .doesNotContainAnyElementsOf(namesOf(beta, "gcp:storage/bucket:Bucket", "/name"));
        // The hub's address and its name in the stack file are unchanged.
        assertThat(alpha.outputs().at("/hubUrls/gamma").asText()).isEqualTo("https://gamma.alpha.org");
    }

    @Test
    void onAwsAndAzureTooBucketsAndStorageAccountsDiffer(@TempDir Path dir) throws Exception {
        for (String[] cloud : new String[][]{{"aws", "demo-aws", "aws:s3/bucketV2:BucketV2", "/bucket"},
                {"azure", "demo-azure", "azure-native:storage:StorageAccount", "/accountName"}}) {
            Path in = Files.createDirectory(dir.resolve(cloud[0]));
            Files.copy(Stacks.exampleFile(cloud[1]), in.resolve("Pulumi." + cloud[1] + ".yaml"));
            for (String stack : List.of("alpha", "beta")) {
                Files.writeString(in.resolve("Pulumi." + stack + ".yaml"), Stacks.HUB_ONLY.formatted(cloud[0], cloud[1])
                        .replace("gamma.example.org", "gamma." + stack + ".org"));
            }
            List<String> alpha = namesOf(OfflinePlanner.plan(in.resolve("Pulumi.alpha.yaml")), cloud[2], cloud[3]);
            List<String> beta = namesOf(OfflinePlanner.plan(in.resolve("Pulumi.beta.yaml")), cloud[2], cloud[3]);
            assertThat(alpha).as(cloud[0]).isNotEmpty().doesNotContainAnyElementsOf(beta);
            if (cloud[0].equals("azure")) {
                // Storage account names: 3 to 24 lowercase letters and digits.
                assertThat(alpha).allMatch(name -> name.matches("[a-z0-9]{3,24}"));
            }
        }
    }

    private static Plan redeployed(String stackYaml, ObjectNode previous) {
        RawStackConfig raw = StackFile.parse("gamma", "Pulumi.gamma.yaml", stackYaml);
        HubStackConfig config = (HubStackConfig) StackConfigReader.readAny(raw);
        ObjectNode cluster = Stacks.example("shared-gcp").outputs();
        return PlanEngine.run("hubfleet", "gamma", raw.asPulumiConfig(JSON), raw.secretKeys(),
                Map.of(config.clusterStack(), cluster, "gamma", previous), ctx -> HubStackProgram.define(ctx, config));
    }

    @Test
    void aHubDeployedUnderItsPlainNameKeepsItAndARecordedNameIsKept() {
        String yaml = hubOnly("gamma.example.org");
        // Deployed before names were qualified: its last deployment served it, and recorded no name.
        ObjectNode legacy = JSON.createObjectNode();
        legacy.putObject("hubUrls").put("gamma", "https://gamma.example.org");
        Plan kept = redeployed(yaml, legacy);
        assertThat(kept.outputs().at("/hubInstances/gamma").asText()).isEqualTo("gamma");
        assertThat(kept.get("kubernetes:core/v1:PersistentVolume", "gamma-home").input("/spec/nfs/path").asText())
                .isEqualTo("/homes/gamma");

        // A recorded name is read back as it is (whatever the hash of the day would give).
        ObjectNode recorded = JSON.createObjectNode();
        recorded.putObject("hubInstances").put("gamma", "gamma-0a1b");
        recorded.putObject("hubUrls").put("gamma", "https://gamma.example.org");
        assertThat(redeployed(yaml, recorded).outputs().at("/hubInstances/gamma").asText()).isEqualTo("gamma-0a1b");

        // A hub new to the stack gets a qualified name, next to one that keeps its plain name.
        String twoHubs = yaml + """
                    - name: delta
                      domain: delta.example.org
                      auth:
                        provider: github
                        clientId: id-delta
                        clientSecret: {secure: v1:delta}
                        github: {organizations: [delta-org]}
                      image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
                """;
        Plan both = redeployed(twoHubs, legacy);
        assertThat(both.outputs().path("hubInstances").toString())
                .isEqualTo("{\"delta\":\"" + TenantNames.qualified("gamma", "delta") + "\",\"gamma\":\"gamma\"}");
    }

    record Run(int status, String out, String err) {
    }

    private static Run planAll(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(new String[]{"plan", "--all", "--stacks-dir", dir.toString()},
                new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void planAllRefusesADomainAnotherStackOfTheClusterServes(@TempDir Path dir) throws Exception {
        stacks(dir, Map.of("alpha", hubOnly("gamma.example.org"), "beta", hubOnly("gamma.example.org"),
                "gamma", hubOnly("grafana.colleges.example.org")));
        // The cluster stack serves Grafana.
        Files.writeString(dir.resolve("Pulumi.shared-gcp.yaml"), Files.readString(dir.resolve("Pulumi.shared-gcp.yaml"))
                + "  hubfleet:monitoring:\n    grafana:\n      domain: grafana.colleges.example.org\n"
                + "      adminPassword: {secure: v1:grafana}\n");
        Run run = planAll(dir);
        assertThat(run.status()).isEqualTo(2);
        // The first in name order keeps the domain; the cluster stack keeps Grafana's.
        assertThat(run.err()).doesNotContain("Pulumi.alpha.yaml")
                .contains("Pulumi.beta.yaml")
                .contains("  - hubfleet:hubs[0].domain: gamma.example.org is already served by the stack alpha on the "
                        + "same cluster (shared-gcp). Allowed: a domain no other stack of the cluster serves.")
                .contains("grafana.colleges.example.org is already served by the stack shared-gcp")
                .contains("2 of 4 stacks were refused; nothing was written");
    }

    @Test
    void planAllRefusesAHubWhoseNamespaceAnotherStackOfTheClusterUses(@TempDir Path dir) throws Exception {
        stacks(dir, Map.of("alpha", hubOnly("gamma.alpha.org")));
        // The cluster stack names a hub as alpha's hub is named on the cluster.
        String taken = TenantNames.qualified("alpha", "gamma");
        String cluster = Files.readString(dir.resolve("Pulumi.shared-gcp.yaml"));
        assertThat(cluster).doesNotContain("hubfleet:hubs");
        Files.writeString(dir.resolve("Pulumi.shared-gcp.yaml"), cluster + Stacks.HUB_ONLY.formatted("gcp", "x")
                .substring(Stacks.HUB_ONLY.formatted("gcp", "x").indexOf("  hubfleet:hubs:"))
                .replace("name: gamma", "name: " + taken));
        Run run = planAll(dir);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("Pulumi.alpha.yaml")
                .contains("  - hubfleet:hubs[0].name: the hub would use the namespace " + taken
                        + ", which the stack shared-gcp already uses on the same cluster (shared-gcp). "
                        + "Allowed: a hub name no other stack of the cluster uses.");
    }
}
