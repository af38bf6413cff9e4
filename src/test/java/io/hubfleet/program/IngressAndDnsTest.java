package io.hubfleet.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.components.IngressGateway;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Gateway's public address is reserved in the account, its load balancer takes it, and every served
 * domain gets an A record at it: in the community's zone when it has one, otherwise as an output to
 * create by hand.
 */
class IngressAndDnsTest {

    private static final String GCP_DNS = "  hubfleet:dns: {zone: example.org, managedZone: example-org, ttlSeconds: 600}";
    private static final String AWS_DNS = "  hubfleet:dns: {zone: example.org, hostedZoneId: Z0123456789ABCDEFGHIJ}";
    private static final String AZURE_DNS = "  hubfleet:dns: {zone: example.org, resourceGroup: dns}";
    /** beta.example.org is in the zone; another.net is not. */
    private static final String OUTSIDE_HUB = Stacks.BETA_HUB + Stacks.BETA_HUB
            .replace("name: beta", "name: gamma").replace("beta.example.org", "hub.another.net");

    private static JsonNode envoyService(Plan plan) {
        return plan.get("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", "test-support-envoy-proxy")
                .input("/spec/provider/kubernetes/envoyService");
    }

    @Test
    void gkeServesTheGatewayOnAReservedRegionalAddressAndCloudDnsPointsEachHubAtIt() {
        Plan plan = Stacks.plan(Stacks.with(Stacks.GCP_WITH_HUB + OUTSIDE_HUB, GCP_DNS));
        PlanResource address = plan.get("gcp:compute/address:Address", "test-support-ingress");
        assertParent(plan, address, IngressGateway.TYPE, "test-support");
        assertThat(address.input("/addressType").asText()).isEqualTo("EXTERNAL");
        assertThat(address.input("/region").asText()).isEqualTo("us-central1");
        assertThat(envoyService(plan).path("loadBalancerIP").asText()).isEqualTo("<stand-in:test-support-ingress.address>");

        List<PlanResource> records = plan.ofType("gcp:dns/recordSet:RecordSet");
        assertThat(records).extracting(r -> r.input("/name").asText())
                .containsExactlyInAnyOrder("alpha.example.org.", "beta.example.org.");
        PlanResource alpha = plan.get("gcp:dns/recordSet:RecordSet", "test-support-dns-alpha");
        assertThat(alpha.input("/managedZone").asText()).isEqualTo("example-org");
        assertThat(alpha.input("/type").asText()).isEqualTo("A");
        assertThat(alpha.input("/ttl").asInt()).isEqualTo(600);
        assertThat(alpha.input("/rrdatas").toString()).isEqualTo("[\"<stand-in:test-support-ingress.address>\"]");

        JsonNode outputs = plan.outputs().path("dnsRecords");
        assertThat(outputs).extracting(r -> r.path("name").asText() + " " + r.path("managed").asBoolean())
                .containsExactly("alpha.example.org true", "beta.example.org true", "hub.another.net false");
        assertThat(plan.ofType("gcp:projects/service:Service")).extracting(s -> s.input("/service").asText())
                .contains("dns.googleapis.com");
    }

    @Test
    void eksTakesAnElasticIpPerZoneAndRoute53ListsThemAll() throws Exception {
        Plan plan = Stacks.plan(Stacks.with(Stacks.AWS_WITH_HUB, AWS_DNS));
        List<PlanResource> eips = plan.ofType("aws:ec2/eip:Eip").stream()
                .filter(e -> e.name().startsWith("test-support-ingress-")).toList();
        assertThat(eips).extracting(PlanResource::name).containsExactlyInAnyOrder(
                "test-support-ingress-us-west-2a", "test-support-ingress-us-west-2b", "test-support-ingress-us-west-2c");
        JsonNode annotations = envoyService(plan).path("annotations");
        assertThat(annotations.path("service.beta.kubernetes.io/aws-load-balancer-eip-allocations").asText()).isEqualTo(
                "<stand-in:test-support-ingress-us-west-2a.allocationId>,<stand-in:test-support-ingress-us-west-2b.allocationId>,"
                        + "<stand-in:test-support-ingress-us-west-2c.allocationId>");
        assertThat(annotations.path("service.beta.kubernetes.io/aws-load-balancer-scheme").asText()).isEqualTo("internet-facing");
        assertThat(envoyService(plan).has("loadBalancerIP")).isFalse();

        PlanResource record = plan.get("aws:route53/record:Record", "test-support-dns-alpha");
        assertThat(record.input("/zoneId").asText()).isEqualTo("Z0123456789ABCDEFGHIJ");
        assertThat(record.input("/name").asText()).isEqualTo("alpha.example.org");
        assertThat(record.input("/type").asText()).isEqualTo("A");
        assertThat(record.input("/records")).hasSize(3);
        assertThat(record.input("/ttl").asInt()).isEqualTo(300);
    }

    @Test
    void aksTakesAStaticIpThatOutlivesTheClusterAndAzureDnsNamesRecordsRelativeToTheZone() {
        Plan plan = Stacks.plan(Stacks.with(Stacks.AZURE_WITH_HUB + Stacks.BETA_HUB.replace("beta.example.org",
                "example.org"), AZURE_DNS));
        PlanResource ip = plan.get("azure-native:network:PublicIPAddress", "test-support-ingress");
        assertThat(ip.input("/resourceGroupName").asText()).isEqualTo("hubfleet-test");
        assertThat(ip.input("/publicIPAllocationMethod").asText()).isEqualTo("Static");
        assertThat(ip.input("/sku/name").asText()).isEqualTo("Standard");
        PlanResource joins = plan.get("azure-native:authorization:RoleAssignment", "test-support-ingress-network");
        assertThat(joins.input("/scope").asText()).isEqualTo("<stand-in:test-support-ingress.id>");
        assertThat(joins.input("/principalId").asText()).isEqualTo("<stand-in:test.identity.principalId>");
        JsonNode annotations = envoyService(plan).path("annotations");
        assertThat(annotations.path("service.beta.kubernetes.io/azure-pip-name").asText()).isEqualTo("test-ingress");
        assertThat(annotations.path("service.beta.kubernetes.io/azure-load-balancer-resource-group").asText())
                .isEqualTo("hubfleet-test");

        PlanResource alpha = plan.get("azure-native:network:RecordSet", "test-support-dns-alpha");
        assertThat(alpha.input("/zoneName").asText()).isEqualTo("example.org");
        assertThat(alpha.input("/resourceGroupName").asText()).isEqualTo("dns");
        assertThat(alpha.input("/relativeRecordSetName").asText()).isEqualTo("alpha");
        assertThat(alpha.input("/aRecords/0/ipv4Address").asText()).isEqualTo("<stand-in:test-support-ingress.ipAddress>");
        assertThat(plan.get("azure-native:network:RecordSet", "test-support-dns-beta")
                .input("/relativeRecordSetName").asText()).isEqualTo("@");
    }

    @Test
    void withoutAZoneTheStackOutputsTheRecordsToCreate() throws Exception {
        Plan plan = Stacks.plan(Stacks.GCP_WITH_HUB);
        assertThat(plan.ofType("gcp:dns/recordSet:RecordSet")).isEmpty();
        assertThat(new ObjectMapper().writeValueAsString(plan.outputs().path("dnsRecords"))).isEqualTo(
                "[{\"managed\":false,\"name\":\"alpha.example.org\",\"ttlSeconds\":300,\"type\":\"A\","
                        + "\"values\":[\"<stand-in:test-support-ingress.address>\"]}]");
        assertThat(plan.outputs().path("ingressAddresses").toString())
                .isEqualTo("[\"<stand-in:test-support-ingress.address>\"]");
        assertThat(plan.warnings()).contains("create DNS A records for alpha.example.org at the ingress addresses "
                + "(stack output dnsRecords), or set hubfleet:dns");
    }

    @Test
    void domainsOutsideTheZoneAreLeftToTheOperatorWithAWarning() {
        Plan plan = Stacks.plan(Stacks.with(Stacks.GCP_WITH_HUB + OUTSIDE_HUB, GCP_DNS));
        assertThat(plan.warnings()).contains("create DNS A records for hub.another.net at the ingress addresses "
                + "(stack output dnsRecords): they are outside hubfleet:dns.zone");
    }
}
