package io.hubfleet.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.components.SharedCluster;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hub-only stacks on a shared cluster: they plan offline from the cluster stack's planned outputs, make
 * only their hubs (through the cluster's account and Kubernetes providers), and serve each hub through
 * a Gateway of its own that the cluster's Envoy merges.
 */
class SharedClustersTest {

    private static final String HUB_ONLY = Stacks.HUB_ONLY;

    private static Path stacks(Path dir, String clusterExample, String hubOnly) throws Exception {
        Files.copy(Stacks.exampleFile(clusterExample), dir.resolve("Pulumi." + clusterExample + ".yaml"));
        Files.writeString(dir.resolve("Pulumi.gamma.yaml"), hubOnly);
        return dir.resolve("Pulumi.gamma.yaml");
    }

    @Test
    void theClusterStackExportsWhatHubOnlyStacksNeedAndNothingSecret() {
        JsonNode hubHost = Stacks.example("shared-gcp").outputs().path("hubHost");
        assertThat(hubHost.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(hubHost.path("cloud").asText()).isEqualTo("gcp");
        assertThat(hubHost.at("/facts/projectId").asText()).isEqualTo("colleges-shared");
        assertThat(hubHost.at("/homeShare/exportRoot").asText()).isEqualTo("/homes");
        assertThat(hubHost.path("userPools")).extracting(p -> p.path("name").asText()).containsExactly("small", "large");
        assertThat(hubHost.path("gatewayClass").asText()).isEqualTo("hubfleet");
        assertThat(hubHost.toString()).doesNotContain("[secret]");
        assertThat(Stacks.example("shared-gcp").outputs().path("kubeconfig").asText()).isEqualTo("[secret]");
        // With no hubs of its own it still has home storage, the Gateway (merging others) and monitoring.
        Plan shared = Stacks.example("shared-gcp");
        assertThat(shared.ofType("hubfleet:index:Hub")).isEmpty();
        assertThat(shared.ofType("hubfleet:index:Filestore")).hasSize(1);
        assertThat(shared.get("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", "shared-gcp-support-envoy-proxy")
                .input("/spec/mergeGateways").asBoolean()).isTrue();
        assertThat(Releases.ofChart(shared, "prometheus")).hasSize(1);
    }

    @Test
    void aHubOnlyStackMakesOnlyItsHubsThroughTheSharedClustersProviders() {
        Plan college = Stacks.example("college-b");
        assertThat(college.ofType("hubfleet:index:Cluster")).isEmpty();
        assertThat(college.ofType("hubfleet:index:Filestore")).isEmpty();
        assertThat(college.ofType("hubfleet:index:Support")).isEmpty();
        assertThat(college.ofType("hubfleet:index:Hub")).extracting(PlanResource::name)
                .containsExactly("college-b", "college-b-teaching");
        PlanResource shared = college.get(SharedCluster.TYPE, "college-b");
        PlanResource account = college.get("pulumi:providers:gcp", "college-b-account");
        PlanResource kubernetes = college.get("pulumi:providers:kubernetes", "college-b-kubernetes");
        assertThat(account.parent()).isEqualTo(shared.urn());
        assertThat(account.input("/project").asText()).isEqualTo("colleges-shared");
        assertThat(kubernetes.input("/kubeconfig").asText()).isEqualTo("[secret]");
        for (PlanResource r : college.resources()) {
            if (!r.custom() || r.type().startsWith("pulumi:")) {
                continue;
            }
            String expected = r.type().startsWith("kubernetes:") ? kubernetes.urn() : account.urn();
            assertThat(r.provider()).as(r.type() + " " + r.name()).isEqualTo(expected);
        }
        assertThat(college.get("pulumi:pulumi:StackReference", "college-b-cluster").input("/name").asText())
                .isEqualTo("organization/hubfleet/shared-gcp");
    }

    @Test
    void eachHubHasItsOwnGatewayOnTheSharedAddressAndItsRouteAttachesThere() {
        Plan college = Stacks.example("college-a");
        // On the shared cluster the hub goes by a name unique to its stack (TenantNames).
        String ns = TenantNames.qualified("college-a", "college-a");
        assertThat(ns).matches("college-a-[0-9a-f]{4}");
        PlanResource gateway = college.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "college-a-gateway");
        assertThat(gateway.input("/metadata/namespace").asText()).isEqualTo(ns);
        assertThat(gateway.input("/spec/gatewayClassName").asText()).isEqualTo("hubfleet");
        // Its certificate comes from an issuer of its own, whose challenge route its own listener admits.
        assertThat(gateway.input("/metadata/annotations/cert-manager.io~1issuer").asText()).isEqualTo("hubfleet-" + ns);
        PlanResource issuer = college.get("kubernetes:cert-manager.io/v1:Issuer", "college-a-issuer");
        assertThat(issuer.input("/metadata/namespace").asText()).isEqualTo(ns);
        assertThat(issuer.input("/spec/acme/email").asText()).isEqualTo(Stacks.example("shared-gcp").outputs()
                .at("/hubHost/acme/email").asText()).isNotEmpty();
        assertThat(issuer.input("/spec/acme/solvers/0/http01/gatewayHTTPRoute/parentRefs/0").toString())
                .isEqualTo("{\"kind\":\"Gateway\",\"name\":\"hubfleet-" + ns + "\",\"namespace\":\"" + ns + "\",\"sectionName\":\"http\"}");
        assertThat(gateway.dependsOn()).contains(issuer.urn());
        assertThat(gateway.input("/spec/listeners")).extracting(l -> l.path("name").asText() + " " + l.path("port").asInt()
                        + " " + l.path("hostname").asText() + " " + l.at("/allowedRoutes/namespaces/from").asText())
                .containsExactly("http 80 hub.college-a.example.edu Same", "https-" + ns + " 443 hub.college-a.example.edu Same");
        JsonNode route = Releases.values(college, "college-a").path("httpRoute");
        assertThat(route.at("/gateway/name").asText()).isEqualTo("hubfleet-" + ns);
        assertThat(route.at("/gateway/namespace").asText()).isEqualTo(ns);
        assertThat(route.at("/gateway/sectionName").asText()).isEqualTo("https-" + ns);
        assertThat(college.outputs().path("dnsRecords").get(0).path("values").toString())
                .isEqualTo("[\"<stand-in:shared-gcp-support-ingress.address>\"]");
        // Profiles come from the shared cluster's pools; homes are directories of its share.
        assertThat(Releases.values(college, "college-a").at("/singleuser/profileList")).hasSize(2);
        assertThat(college.get("kubernetes:core/v1:PersistentVolume", "college-a-home").input("/spec/nfs/path").asText())
                .isEqualTo("/homes/" + ns);
    }

    @Test
    void hubOnlyStacksWorkOnAwsAndAzureToo(@TempDir Path dir) throws Exception {
        Path aws = stacks(Files.createDirectory(dir.resolve("aws")), "demo-aws", HUB_ONLY.formatted("aws", "demo-aws"));
        Plan onAws = OfflinePlanner.plan(aws);
        PlanResource role = onAws.get("aws:iam/role:Role", "gamma-users");
        assertThat(role.input("/assumeRolePolicy").asText()).contains("<stand-in:demo-aws-oidc.arn>")
                .contains("system:serviceaccount:" + TenantNames.qualified("gamma", "gamma") + ":user-sa");
        assertThat(onAws.get("pulumi:providers:aws", "gamma-account").input("/allowedAccountIds").asText())
                .contains("123456789012");
        assertThat(onAws.get("aws:s3/bucketV2:BucketV2", "gamma-persistent").protect()).isTrue();

        Path azure = stacks(Files.createDirectory(dir.resolve("azure")), "demo-azure",
                HUB_ONLY.formatted("azure", "demo-azure"));
        Plan onAzure = OfflinePlanner.plan(azure);
        assertThat(onAzure.get("azure-native:managedidentity:FederatedIdentityCredential", "gamma-workload-identity")
                .input("/issuer").asText()).isEqualTo("<stand-in:demo-azure.oidcIssuerProfile.issuerURL>");
        assertThat(onAzure.get("azure-native:storage:StorageAccount", "gamma-storage").input("/resourceGroupName").asText())
                .isEqualTo("hubfleet-demo-azure");
    }

    record Run(int status, String out, String err) {
    }

    private static Run plan(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(new String[]{"plan", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void whatBelongsToTheClusterStackIsRefusedInAHubOnlyStack(@TempDir Path dir) throws Exception {
        Path file = stacks(dir, "shared-gcp", HUB_ONLY.formatted("gcp", "shared-gcp")
                + "  hubfleet:nodePools: [{name: extra, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 2}]\n"
                + "  hubfleet:region: europe-west4\n");
        var run = plan(file);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("  - hubfleet:nodePools: belongs to the cluster stack organization/hubfleet/shared-gcp, "
                        + "not to a hub-only stack. Allowed: in a hub-only stack only hubfleet:cloud, hubfleet:clusterStack, "
                        + "hubfleet:stage, hubfleet:dns, hubfleet:alerts, hubfleet:hubs.")
                .contains("  - hubfleet:region: belongs to the cluster stack");
    }

    @Test
    void alertRoutingBelongsToTheClusterStacksAlertmanager(@TempDir Path dir) throws Exception {
        Path file = stacks(dir, "shared-gcp", HUB_ONLY.formatted("gcp", "shared-gcp")
                + "  hubfleet:alerts:\n    emails: [gamma-ops@example.org]\n"
                + "    smtp: {smarthost: smtp.example.org:25, from: alerts@example.org}\n");
        var run = plan(file);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("  - hubfleet:alerts.smtp: belongs to the cluster stack organization/hubfleet/shared-gcp"
                + " (its Alertmanager sends every in-cluster alert). Allowed: in a hub-only stack only hubfleet:alerts.emails"
                + " and hubfleet:alerts.uptimeChecks.");
    }

    @Test
    void theClusterStacksPoolsAndCloudAreCheckedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        String withProfile = HUB_ONLY.formatted("gcp", "shared-gcp").replace("      persistentBucket: {enabled: true}\n",
                "      profiles:\n        - {name: huge, displayName: Huge, pool: gigantic, memoryGuaranteeGiB: 64}\n");
        var unknownPool = plan(stacks(Files.createDirectory(dir.resolve("pool")), "shared-gcp", withProfile));
        assertThat(unknownPool.status()).isEqualTo(2);
        assertThat(unknownPool.err()).contains("  - hubfleet:hubs[0].profiles[0].pool: \"gigantic\" is not a user pool of the "
                + "cluster stack organization/hubfleet/shared-gcp. Allowed: one of small, large.");

        var wrongCloud = plan(stacks(Files.createDirectory(dir.resolve("cloud")), "shared-gcp",
                HUB_ONLY.formatted("aws", "shared-gcp")));
        assertThat(wrongCloud.status()).isEqualTo(2);
        assertThat(wrongCloud.err()).contains("  - hubfleet:cloud: is aws, but the cluster stack organization/hubfleet/shared-gcp is on gcp.");

        Path alone = Files.createDirectory(dir.resolve("alone"));
        Files.writeString(alone.resolve("Pulumi.gamma.yaml"), HUB_ONLY.formatted("gcp", "elsewhere"));
        var missing = plan(alone.resolve("Pulumi.gamma.yaml"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("  - hubfleet:clusterStack: there is no stack file ")
                .contains("Pulumi.elsewhere.yaml to plan the cluster stack organization/hubfleet/elsewhere from");
    }

    @Test
    void aHubOnlyStackCannotHangOnAnotherHubOnlyStackNorOnItself(@TempDir Path dir) throws Exception {
        Path chained = stacks(dir, "college-b", HUB_ONLY.formatted("gcp", "college-b"));
        Files.copy(Stacks.exampleFile("shared-gcp"), dir.resolve("Pulumi.shared-gcp.yaml"));
        var onHubOnly = plan(chained);
        assertThat(onHubOnly.status()).isEqualTo(2);
        assertThat(onHubOnly.err()).contains("  - hubfleet:clusterStack: organization/hubfleet/college-b is itself a "
                + "hub-only stack. Allowed: the stack that makes the cluster.");

        Path self = Files.createDirectory(dir.resolve("self"));
        Files.writeString(self.resolve("Pulumi.gamma.yaml"), HUB_ONLY.formatted("gcp", "gamma"));
        var onItself = plan(self.resolve("Pulumi.gamma.yaml"));
        assertThat(onItself.status()).isEqualTo(2);
        assertThat(onItself.err()).contains("  - hubfleet:clusterStack: names this stack itself. "
                + "Allowed: the stack that makes the cluster.");
    }

    @Test
    void addingAHubToAStackAddsOnlyThatHubsResources() {
        Plan one = Stacks.plan(Stacks.GCP_WITH_HUB);
        Plan two = Stacks.plan(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB);
        Set<String> before = Set.copyOf(one.resources().stream().map(PlanResource::urn).toList());
        List<PlanResource> added = two.resources().stream().filter(r -> !before.contains(r.urn())).toList();
        // The hub's own resources, and its uptime check (one per hub, with the stack's other checks).
        assertThat(added).isNotEmpty().allSatisfy(r -> assertThat(io.hubfleet.testing.PlanAssertions.ancestry(two, r))
                .as(r.urn()).containsAnyOf("hubfleet:index:Hub", "hubfleet:index:CloudAlerts"));
        assertThat(added).filteredOn(r -> io.hubfleet.testing.PlanAssertions.ancestry(two, r).contains("hubfleet:index:CloudAlerts"))
                .extracting(PlanResource::type).containsExactly("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig");
        // Cluster-wide things change only where they list the hubs: the Gateway's listeners, the alert
        // policy watching every hub's check (and the DNS records output).
        List<String> changedOutsideHubs = one.resources().stream()
                .filter(r -> !io.hubfleet.testing.PlanAssertions.ancestry(one, r).contains("hubfleet:index:Hub"))
                .filter(r -> two.byUrn(r.urn()).map(t -> !t.inputs().equals(r.inputs())).orElse(true))
                .map(PlanResource::type).distinct().toList();
        assertThat(changedOutsideHubs).isSubsetOf("kubernetes:gateway.networking.k8s.io/v1:Gateway",
                "gcp:monitoring/alertPolicy:AlertPolicy", "kubernetes:helm.sh/v3:Release");
    }
}
