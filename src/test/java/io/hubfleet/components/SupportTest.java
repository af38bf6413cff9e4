package io.hubfleet.components;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** One Gateway per cluster, HTTPS per hub, certificates from Let's Encrypt. */
class SupportTest {

    private static Plan plan;

    @BeforeAll
    static void planTwoHubs() {
        plan = Stacks.plan(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB);
    }

    @Test
    void supportOnlyComposesComponentsNamedForWhatTheyDo() {
        PlanResource support = plan.get(Support.TYPE, "test-support");
        assertThat(plan.childrenOf(support.urn())).extracting(r -> r.type() + " " + r.name())
                .containsExactlyInAnyOrder(IngressGateway.TYPE + " test-support", DnsRecords.TYPE + " test-support",
                        Monitoring.TYPE + " test-support", ClusterAddOns.TYPE + " test-support");
        assertThat(plan.childrenOf(support.urn())).allSatisfy(component -> assertThat(component.aliases()).isEmpty());
        // Each resource it made before the split keeps that URN as its alias.
        PlanResource gateway = plan.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "test-support-gateway");
        assertParent(plan, gateway, IngressGateway.TYPE, "test-support");
        assertThat(gateway.aliases()).containsExactly(support.urn().replace("::test-support", "")
                + "$kubernetes:gateway.networking.k8s.io/v1:Gateway::test-support-gateway");
    }

    @Test
    void certManagerAndEnvoyGatewayArePinnedReleases() {
        PlanResource certManager = plan.get(Releases.TYPE, "test-support-cert-manager");
        assertParent(plan, certManager, IngressGateway.TYPE, "test-support");
        assertThat(certManager.input("/chart").asText()).isEqualTo("cert-manager");
        assertThat(certManager.input("/repositoryOpts/repo").asText()).isEqualTo("https://charts.jetstack.io");
        assertThat(certManager.input("/version").asText()).matches("v\\d+\\.\\d+\\.\\d+");
        assertThat(certManager.input("/values/crds/enabled").asBoolean()).isTrue();
        assertThat(certManager.input("/values/config/gatewayAPI/enabled").asBoolean()).isTrue();
        assertThat(certManager.dependsOn()).as("Gateway CRDs exist before cert-manager starts")
                .contains(plan.get(Releases.TYPE, "test-support-envoy-gateway").urn());
        PlanResource envoy = plan.get(Releases.TYPE, "test-support-envoy-gateway");
        assertThat(envoy.input("/chart").asText()).isEqualTo("oci://docker.io/envoyproxy/gateway-helm");
        assertThat(envoy.input("/version").asText()).matches("v\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void gkeInstallsItsOwnGpuDevicePlugin() {
        assertThat(plan.find(Releases.TYPE, "test-support-nvidia-device-plugin")).isEmpty();
    }

    @Test
    void theGatewayHasAnHttpsListenerPerHubOnlyThatHubMayUse() {
        PlanResource gateway = plan.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "test-support-gateway");
        assertThat(gateway.input("/metadata/annotations/cert-manager.io~1cluster-issuer").asText())
                .isEqualTo(IngressGateway.CLUSTER_ISSUER);
        assertThat(gateway.input("/spec/gatewayClassName").asText()).isEqualTo(IngressGateway.GATEWAY_CLASS);
        List<String> names = new ArrayList<>();
        for (JsonNode listener : gateway.input("/spec/listeners")) {
            names.add(listener.path("name").asText());
            if (listener.path("protocol").asText().equals("HTTPS")) {
                String hub = listener.path("name").asText().substring("https-".length());
                assertThat(listener.path("hostname").asText()).isEqualTo(hub + ".example.org");
                assertThat(listener.path("port").asInt()).isEqualTo(443);
                assertThat(listener.at("/tls/certificateRefs/0/name").asText()).isEqualTo(hub + "-tls");
                assertThat(listener.at("/allowedRoutes/namespaces/selector/matchLabels/hubfleet.io~1hub-name").asText())
                        .isEqualTo(hub);
            } else {
                assertThat(listener.path("port").asInt()).isEqualTo(80);
                assertThat(listener.at("/allowedRoutes/namespaces/from").asText()).isEqualTo("Same");
            }
        }
        assertThat(names).containsExactly("http", "https-alpha", "https-beta");
    }

    @Test
    void plainHttpRedirectsToHttps() {
        PlanResource redirect = plan.get("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute", "test-support-https-redirect");
        assertThat(redirect.input("/spec/parentRefs/0/sectionName").asText()).isEqualTo("http");
        assertThat(redirect.input("/spec/rules/0/filters/0/requestRedirect/scheme").asText()).isEqualTo("https");
        assertThat(redirect.input("/spec/rules/0/filters/0/requestRedirect/statusCode").asInt()).isEqualTo(301);
    }

    @Test
    void certificatesComeFromLetsEncryptThroughTheGateway() {
        PlanResource issuer = plan.get("kubernetes:cert-manager.io/v1:ClusterIssuer", "test-support-cluster-issuer");
        assertThat(issuer.input("/spec/acme/email").asText()).isEqualTo("ops@example.org");
        assertThat(issuer.input("/spec/acme/server").asText()).isEqualTo("https://acme-v02.api.letsencrypt.org/directory");
        assertThat(issuer.input("/spec/acme/solvers/0/http01/gatewayHTTPRoute/parentRefs/0/sectionName").asText())
                .isEqualTo("http");
        assertThat(issuer.dependsOn()).contains(plan.get(Releases.TYPE, "test-support-cert-manager").urn());

        Plan staging = Stacks.plan(Stacks.GCP_WITH_HUB.replace("{letsEncryptEmail: ops@example.org}",
                "{letsEncryptEmail: ops@example.org, letsEncryptEnvironment: staging}"));
        assertThat(staging.get("kubernetes:cert-manager.io/v1:ClusterIssuer", "test-support-cluster-issuer")
                .input("/spec/acme/server").asText()).contains("acme-staging-v02");
    }

    @Test
    void theGatewayClassIsEnvoyGatewaysWithItsProxyOnCoreNodes() {
        PlanResource gatewayClass = plan.get("kubernetes:gateway.networking.k8s.io/v1:GatewayClass",
                "test-support-gateway-class");
        assertThat(gatewayClass.input("/spec/controllerName").asText())
                .isEqualTo("gateway.envoyproxy.io/gatewayclass-controller");
        PlanResource proxy = plan.get("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", "test-support-envoy-proxy");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyService/type").asText()).isEqualTo("LoadBalancer");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyDeployment/pod/nodeSelector/hub.jupyter.org~1node-purpose")
                .asText()).isEqualTo("core");
    }
}
