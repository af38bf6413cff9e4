package io.hubfleet.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.helm.monitoring.MonitoringSizing;
import io.hubfleet.helm.monitoring.PrometheusValues;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus with its retention and volume, sized for the core pool; Grafana with the JupyterHub
 * dashboards, public only behind the Gateway's HTTPS with the stack's admin password; hubs letting
 * Prometheus, and only it, read their metrics.
 */
class MonitoringTest {

    private static final String PUBLIC_GRAFANA = "  hubfleet:monitoring: {retentionDays: 90, storageGiB: 200, "
            + "grafana: {domain: grafana.example.org, adminPassword: {secure: v1:grafana}}}\n"
            + "  hubfleet:dns: {zone: example.org, managedZone: example-org}";

    private static Plan internal;
    private static Plan publicGrafana;

    @BeforeAll
    static void plan() {
        internal = Stacks.plan(Stacks.GCP_WITH_HUB);
        publicGrafana = Stacks.plan(Stacks.with(Stacks.GCP_WITH_HUB, PUBLIC_GRAFANA));
    }

    @Test
    void prometheusKeepsMetricsOnAVolumeForTheRetentionOnTheCorePool() {
        PlanResource release = internal.get(Releases.TYPE, "test-support-prometheus");
        assertParent(internal, release, Monitoring.TYPE, "test-support");
        assertThat(release.input("/namespace").asText()).isEqualTo("monitoring");
        assertThat(release.input("/chart").asText()).isEqualTo("prometheus");
        assertThat(release.input("/version").asText()).isEqualTo("29.27.0");
        assertThat(release.input("/repositoryOpts/repo").asText()).isEqualTo("https://prometheus-community.github.io/helm-charts");
        JsonNode values = Releases.values(release);
        assertThat(values.at("/server/retention").asText()).isEqualTo("30d");
        assertThat(values.at("/server/persistentVolume/enabled").asBoolean()).isTrue();
        assertThat(values.at("/server/persistentVolume/size").asText()).isEqualTo("10Gi");
        assertThat(values.at("/server/nodeSelector/hub.jupyter.org~1node-purpose").asText()).isEqualTo("core");
        assertThat(values.at("/server/fullnameOverride").asText()).isEqualTo(PrometheusValues.SERVER_SERVICE);
        // Alertmanager runs on the core pool, its silences in memory (no volume to pay for or lose).
        assertThat(values.at("/alertmanager/enabled").asBoolean()).isTrue();
        assertThat(values.at("/alertmanager/persistence/enabled").asBoolean()).isFalse();
        assertThat(values.at("/alertmanager/nodeSelector/hub.jupyter.org~1node-purpose").asText()).isEqualTo("core");
        assertThat(values.at("/kube-state-metrics/metricLabelsAllowlist/0").asText())
                .isEqualTo("pods=[app,component,hub.jupyter.org/username]");
        Releases.values(publicGrafana.get(Releases.TYPE, "test-support-prometheus"));
        JsonNode configured = Releases.values(publicGrafana.get(Releases.TYPE, "test-support-prometheus"));
        assertThat(configured.at("/server/retention").asText()).isEqualTo("90d");
        assertThat(configured.at("/server/persistentVolume/size").asText()).isEqualTo("200Gi");
    }

    @Test
    void prometheusIsSizedForTheCorePoolsMachines() {
        JsonNode resources = Releases.values(internal, "test-support-prometheus").at("/server/resources");
        String coreMachine = internal.get(NodePool.TYPE, "test-core").outputs().path("machineType").asText();
        MonitoringSizing expected = MonitoringSizing.forCoreNode(Allocatable.of(Cloud.GCP,
                MachineCatalogue.of(Cloud.GCP).find(coreMachine).orElseThrow()));
        assertThat(expected.memoryRequestMiB()).isGreaterThanOrEqualTo(1024);
        assertThat(resources.at("/requests/memory").asText()).isEqualTo(expected.memoryRequestMiB() + "Mi");
        assertThat(resources.at("/limits/memory").asText()).isEqualTo(expected.memoryLimitMiB() + "Mi");
        assertThat(resources.at("/requests/cpu").asDouble()).isEqualTo(expected.cpuRequest());
    }

    @Test
    void sizingTakesASixthOfACoreNodesMemoryWithinBounds() {
        MonitoringSizing small = MonitoringSizing.forCoreNode(new Allocatable(1.9, 5.5));
        assertThat(small.memoryRequestMiB()).isEqualTo(1024);
        assertThat(small.memoryLimitMiB()).isEqualTo(2048);
        assertThat(small.cpuRequest()).isEqualTo(0.23);
        MonitoringSizing medium = MonitoringSizing.forCoreNode(new Allocatable(3.9, 27.0));
        assertThat(medium.memoryRequestMiB()).isEqualTo(4608);
        assertThat(medium.memoryLimitMiB()).isEqualTo(9216);
        MonitoringSizing large = MonitoringSizing.forCoreNode(new Allocatable(15.8, 120.0));
        assertThat(large.memoryRequestMiB()).isEqualTo(8192);
        assertThat(large.memoryLimitMiB()).isEqualTo(16384);
        assertThat(large.cpuRequest()).isEqualTo(1.0);
        // A tiny node: the limit never exceeds half of it unless the floor needs more.
        MonitoringSizing tiny = MonitoringSizing.forCoreNode(new Allocatable(0.9, 2.5));
        assertThat(tiny.memoryRequestMiB()).isEqualTo(1024);
        assertThat(tiny.memoryLimitMiB()).isEqualTo(1280);
    }

    @Test
    void grafanaHasTheJupyterHubDashboardsAndReadsThisPrometheus() throws Exception {
        PlanResource release = internal.get(Releases.TYPE, "test-support-grafana");
        assertThat(release.input("/repositoryOpts/repo").asText()).isEqualTo("https://grafana-community.github.io/helm-charts");
        JsonNode values = Releases.values(release);
        JsonNode source = values.at("/datasources/datasources.yaml/datasources/0");
        assertThat(source.path("url").asText()).isEqualTo("http://" + PrometheusValues.SERVER_SERVICE + ".monitoring.svc");
        assertThat(source.path("uid").asText()).isEqualTo("prometheus");
        JsonNode dashboard = new ObjectMapper().readTree(values.at("/dashboards/hubfleet/jupyterhub/json").asText());
        assertThat(dashboard.path("uid").asText()).isEqualTo("hubfleet-jupyterhub");
        assertThat(dashboard.at("/templating/list/0/name").asText()).isEqualTo("hub");
        List<String> queries = dashboard.findValuesAsText("expr");
        assertThat(queries).anyMatch(q -> q.contains("jupyterhub_running_servers"))
                .anyMatch(q -> q.contains("jupyterhub_active_users"))
                .anyMatch(q -> q.contains("jupyterhub_server_spawn_duration_seconds_bucket"))
                .anyMatch(q -> q.contains("container_memory_working_set_bytes"));
        // Every panel reads the provisioned data source.
        assertThat(dashboard.findValues("datasource")).allSatisfy(ds -> assertThat(ds.path("uid").asText()).isEqualTo("prometheus"));
        assertThat(values.at("/dashboardProviders/dashboardproviders.yaml/providers/0/options/path").asText())
                .isEqualTo("/var/lib/grafana/dashboards/hubfleet");
    }

    @Test
    void withoutADomainGrafanaIsNotPublic() {
        JsonNode values = Releases.values(internal, "test-support-grafana");
        assertThat(values.at("/route/main/enabled").asBoolean(false)).isFalse();
        assertThat(values.at("/admin/existingSecret").isMissingNode()).isTrue();
        JsonNode listeners = internal.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "test-support-gateway")
                .input("/spec/listeners");
        assertThat(listeners).extracting(l -> l.path("name").asText()).containsExactly("http", "https-alpha");
        assertThat(internal.outputs().path("grafanaUrl").asText()).startsWith("none: kubectl port-forward");
    }

    @Test
    void aPublicGrafanaIsServedOverHttpsWithTheStacksAdminPassword() {
        JsonNode values = Releases.values(publicGrafana, "test-support-grafana");
        assertThat(values.at("/route/main/enabled").asBoolean()).isTrue();
        assertThat(values.at("/route/main/hostnames/0").asText()).isEqualTo("grafana.example.org");
        assertThat(values.at("/route/main/parentRefs/0/sectionName").asText()).isEqualTo("https-monitoring");
        assertThat(values.at("/route/main/parentRefs/0/namespace").asText()).isEqualTo(IngressGateway.SYSTEM_NAMESPACE);
        assertThat(values.at("/grafana.ini/server/root_url").asText()).isEqualTo("https://grafana.example.org/");
        assertThat(values.at("/admin/existingSecret").asText()).isEqualTo("grafana-admin");

        PlanResource secret = publicGrafana.get("kubernetes:core/v1:Secret", "test-support-grafana-admin");
        assertThat(secret.input("/metadata/namespace").asText()).isEqualTo("monitoring");
        assertThat(secret.input("/stringData").asText()).isEqualTo("[secret]");
        PlanResource release = publicGrafana.get(Releases.TYPE, "test-support-grafana");
        assertThat(release.dependsOn()).contains(secret.urn(),
                publicGrafana.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "test-support-gateway").urn());

        JsonNode listener = null;
        for (JsonNode l : publicGrafana.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "test-support-gateway")
                .input("/spec/listeners")) {
            if (l.path("name").asText().equals("https-monitoring")) {
                listener = l;
            }
        }
        assertThat(listener).isNotNull();
        assertThat(listener.path("hostname").asText()).isEqualTo("grafana.example.org");
        assertThat(listener.at("/allowedRoutes/namespaces/selector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("monitoring");
        assertThat(publicGrafana.get("gcp:dns/recordSet:RecordSet", "test-support-dns-monitoring").input("/name").asText())
                .isEqualTo("grafana.example.org.");
        assertThat(publicGrafana.outputs().path("grafanaUrl").asText()).isEqualTo("https://grafana.example.org");
    }

    @Test
    void hubsLetOnlyPrometheusReadTheirMetrics() {
        JsonNode hub = Releases.values(internal, "alpha").path("hub");
        assertThat(hub.path("authenticatePrometheus").asBoolean(true)).isFalse();
        JsonNode rule = hub.at("/networkPolicy/ingress/0");
        assertThat(rule.at("/ports/0/port").asText()).isEqualTo("http");
        assertThat(rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()).isEqualTo("monitoring");
        assertThat(rule.at("/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("prometheus");
        assertThat(rule.at("/from/0/podSelector/matchLabels/app.kubernetes.io~1component").asText()).isEqualTo("server");
    }

    @Test
    void withMonitoringOffNothingIsInstalledAndHubsKeepTheirMetricsPrivate() {
        Plan off = Stacks.plan(Stacks.with(Stacks.GCP_WITH_HUB, "  hubfleet:monitoring: {enabled: false}"));
        assertThat(Releases.ofChart(off, "prometheus")).isEmpty();
        assertThat(Releases.ofChart(off, "grafana")).isEmpty();
        assertThat(off.find("kubernetes:core/v1:Namespace", "test-support-monitoring")).isEmpty();
        JsonNode hub = Releases.values(off, "alpha").path("hub");
        assertThat(hub.has("authenticatePrometheus")).isFalse();
        assertThat(hub.at("/networkPolicy/ingress").isMissingNode()).isTrue();
    }
}
