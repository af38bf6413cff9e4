package io.hubfleet.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.testing.PlanAssertions;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's JSON form is a public contract (docs/plan-format.md): its fields, determinism and masking. */
class PlanContractTest {

    private static Plan plan;
    private static JsonNode json;

    @BeforeAll
    static void planDemo() throws Exception {
        plan = Stacks.example("demo-gcp");
        json = new ObjectMapper().readTree(JsonPlanRenderer.render(plan));
    }

    @Test
    void topLevelFieldsAreTheContracts() {
        assertThat(fieldNames(json)).containsExactlyInAnyOrder("formatVersion", "stack", "project", "cloud", "stage",
                "resources", "outputs", "warnings");
        assertThat(json.path("stack").asText()).isEqualTo("demo-gcp");
        assertThat(json.path("cloud").asText()).isEqualTo("gcp");
        assertThat(json.path("stage").asText()).isEqualTo("production");
        assertThat(json.path("project").asText()).isEqualTo("hubfleet");
        assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
    }

    @Test
    void everyResourceCarriesTheContractsFields() {
        Set<String> required = Set.of("urn", "type", "name", "parent", "aliases", "provider", "protect",
                "retainOnDelete", "inputs", "secretFingerprints");
        for (JsonNode resource : json.path("resources")) {
            assertThat(fieldNames(resource)).as(resource.path("urn").asText()).containsAll(required);
            assertThat(resource.path("aliases").isArray()).isTrue();
            assertThat(resource.path("inputs").isObject()).isTrue();
            assertThat(resource.path("protect").isBoolean()).isTrue();
        }
    }

    @Test
    void aResourceMovedUnderANewComponentHasItsOldUrnAsItsAlias() {
        JsonNode issuer = resource("kubernetes:cert-manager.io/v1:ClusterIssuer", "demo-gcp-support-cluster-issuer");
        assertThat(issuer.path("parent").asText()).endsWith("$hubfleet:index:IngressGateway::demo-gcp-support");
        List<String> aliases = new java.util.ArrayList<>();
        issuer.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        assertThat(aliases).containsExactly("urn:pulumi:demo-gcp::hubfleet::pulumi:pulumi:Stack"
                + "$hubfleet:index:Support$kubernetes:cert-manager.io/v1:ClusterIssuer::demo-gcp-support-cluster-issuer");
    }

    @Test
    void resourcesAreOrderedByUrnAndParentsExist() {
        List<String> urns = json.path("resources").findValuesAsText("urn");
        assertThat(urns).isSorted().doesNotHaveDuplicates();
        for (JsonNode resource : json.path("resources")) {
            JsonNode parent = resource.path("parent");
            if (resource.path("type").asText().equals("pulumi:pulumi:Stack")) {
                assertThat(parent.isNull()).isTrue();
            } else {
                assertThat(urns).as("parent of " + resource.path("urn").asText()).contains(parent.asText());
            }
        }
    }

    @Test
    void showsTheGkeClusterAndPoolsUnderTheirComponents() {
        JsonNode gke = resource("gcp:container/cluster:Cluster", "demo-gcp");
        assertThat(gke.path("parent").asText()).endsWith("::pulumi:pulumi:Stack$hubfleet:index:Cluster::demo-gcp");
        for (String pool : List.of("demo-gcp-core", "demo-gcp-user-m", "demo-gcp-dask")) {
            JsonNode gkePool = resource("gcp:container/nodePool:NodePool", pool);
            assertThat(gkePool.path("parent").asText()).endsWith("$hubfleet:index:NodePool::" + pool);
        }
    }

    @Test
    void twoRunsAreByteIdentical() {
        // The run's shared plan and one made now.
        Plan again = Stacks.freshExample("demo-gcp");
        String first = JsonPlanRenderer.render(plan);
        String second = JsonPlanRenderer.render(again);
        assertThat(second).isEqualTo(first);
        assertThat(TextPlanRenderer.render(again)).isEqualTo(TextPlanRenderer.render(plan));
    }

    @Test
    void secretsPrintMasked() {
        assertThat(json.at("/outputs/kubeconfig").asText()).isEqualTo(PlanValues.SECRET);
        JsonNode kubernetes = resource("pulumi:providers:kubernetes", "demo-gcp-kubernetes");
        assertThat(kubernetes.at("/inputs/kubeconfig").asText()).isEqualTo(PlanValues.SECRET);
        String rendered = JsonPlanRenderer.render(plan) + TextPlanRenderer.render(plan);
        assertThat(rendered).doesNotContain("gke-gcloud-auth-plugin").doesNotContain("certificate-authority-data");
    }

    @Test
    void secretsInTheStackFileStayMaskedWhereverTheyFlow() {
        Plan withSecret = Stacks.plan(Stacks.GCP + "  other:token:\n    secure: v1:c2VjcmV0\n");
        String rendered = JsonPlanRenderer.render(withSecret) + TextPlanRenderer.render(withSecret);
        assertThat(rendered).doesNotContain(io.hubfleet.config.RawStackConfig.ENCRYPTED_PLACEHOLDER)
                .doesNotContain("v1:c2VjcmV0");
    }

    @Test
    void standInsAreListedAndLookLikeStandIns() {
        JsonNode gke = resource("gcp:container/cluster:Cluster", "demo-gcp");
        List<String> standIns = gke.path("standIns").findValuesAsText("");
        assertThat(PlanAssertions.strings(gke.path("standIns"))).contains("endpoint", "masterAuth", "selfLink")
                .doesNotContain("urn", "id", "name", "location");
        JsonNode router = resource("gcp:compute/router:Router", "demo-gcp-router");
        assertThat(router.at("/inputs/network").asText()).isEqualTo("<stand-in:demo-gcp-network.id>");
        assertThat(standIns).isEmpty();
        assertThat(TextPlanRenderer.render(plan)).contains("<stand-in:NAME.FIELD>");
    }

    @Test
    void componentsRecordTheirOutputs() {
        JsonNode pool = resource("hubfleet:index:NodePool", "demo-gcp-user-m");
        assertThat(pool.path("custom").asBoolean()).isFalse();
        assertThat(pool.at("/outputs/machineType").asText()).isEqualTo("n2-highmem-4");
        assertThat(pool.at("/outputs/poolName").asText()).isEqualTo("user-m");
    }

    @Test
    void stackOutputsAreThePrograms() {
        assertThat(fieldNames(json.path("outputs"))).containsExactly("accountId", "buckets", "budgetStartMonth", "cloud", "clusterName", "crdCharts",
                "credentialsCommand", "dnsNameServers", "dnsRecords", "grafanaUrl", "hubHost", "hubUrls", "ingressAddresses", "kubeconfig", "nodePools", "region");
        assertThat(json.at("/outputs/nodePools").toString()).isEqualTo("[\"user-m\",\"user-l\",\"gpu\",\"dask\"]");
        assertThat(json.at("/outputs/hubUrls/prod").asText()).isEqualTo("https://hub.hubfleet-demo.example.org");
    }

    @Test
    void textFormShowsTheTreeWithKeyInputs() {
        String text = TextPlanRenderer.render(plan);
        assertThat(text).contains("├─ hubfleet:index:Cluster  demo-gcp")
                .contains("gcp:container/nodePool:NodePool  demo-gcp-user-m")
                .contains("minMasterVersion=1.35")
                .contains("ClusterIssuer  demo-gcp-support-cluster-issuer  [alias: was under hubfleet:index:Support]")
                .contains("kubeconfig: [secret]");
    }

    private static JsonNode resource(String type, String name) {
        for (JsonNode r : json.path("resources")) {
            if (r.path("type").asText().equals(type) && r.path("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " " + name);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
