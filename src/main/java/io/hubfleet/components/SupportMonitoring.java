package io.hubfleet.components;

import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.hubfleet.config.GrafanaConfig;
import io.hubfleet.config.MonitoringConfig;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.helm.monitoring.GrafanaValues;
import io.hubfleet.helm.monitoring.MonitoringSizing;
import io.hubfleet.helm.monitoring.PrometheusValues;
import io.hubfleet.machines.Allocatable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monitoring part of {@link Support}: Prometheus (a retention and a persistent volume, sized for a
 * core node) and Grafana with the JupyterHub dashboards, in the {@code monitoring} namespace on the core
 * pool. Grafana is public only with a domain, then behind the Gateway's HTTPS listener and with the
 * admin login from the stack's secret.
 */
final class SupportMonitoring {

    static final String GRAFANA_ADMIN_SECRET = "grafana-admin";

    private static final HelmChart PROMETHEUS = HelmChart.load("support/prometheus");
    private static final HelmChart GRAFANA = HelmChart.load("support/grafana");

    private SupportMonitoring() {
    }

    /**
     * Installs Prometheus and Grafana.
     *
     * @param gatewayReady what must exist before Grafana's route (the Gateway API CRDs, the Gateway)
     */
    /** The admin login's Secret, when Grafana is public. */
    static java.util.Optional<SecretNeeded> secretNeeded(MonitoringConfig config, boolean publicGrafana) {
        if (!config.enabled() || !publicGrafana || config.grafana().adminPassword() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SecretNeeded(Support.MONITORING_NAMESPACE, GRAFANA_ADMIN_SECRET,
                "admin-password", io.hubfleet.config.ConfigPath.fromPointer(config.grafana().adminPassword().pointer())
                .toString(), Map.of("admin-user", "admin")));
    }

    static void install(Support component, String name, Cluster cluster, MonitoringConfig config,
                        Optional<GatewayListener> grafanaListener, List<Resource> gatewayReady) {
        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(component)
                .provider(cluster.kubernetesProvider()).build();
        Namespace namespace = new Namespace(name + "-monitoring", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(Support.MONITORING_NAMESPACE).build()).build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().parent(component)
                .provider(cluster.kubernetesProvider()).dependsOn(namespace).build();

        MonitoringSizing sizing = MonitoringSizing.forCoreNode(Allocatable.of(cluster.account().cloud(),
                cluster.corePool().spec().machine().type()));
        HelmRelease.create(name + "-prometheus", "prometheus", Support.MONITORING_NAMESPACE, false, PROMETHEUS,
                Output.of(PrometheusValues.of(PROMETHEUS, config, sizing)), 900, inNamespace);

        GrafanaConfig grafana = config.grafana();
        List<Resource> grafanaNeeds = new ArrayList<>(List.of(namespace));
        Optional<GrafanaValues.PublicAccess> access = Optional.empty();
        if (grafanaListener.isPresent() && grafana.domain() != null) {
            GatewayListener listener = grafanaListener.get();
            grafanaNeeds.add(new Secret(name + "-grafana-admin", SecretArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(GRAFANA_ADMIN_SECRET)
                            .namespace(Support.MONITORING_NAMESPACE).build())
                    .stringData(grafana.adminPassword().asOutput().applyValue(password -> Map.of(
                            "admin-user", "admin", "admin-password", password)))
                    .build(), inNamespace));
            grafanaNeeds.addAll(gatewayReady);
            access = Optional.of(new GrafanaValues.PublicAccess(grafana.domain(), listener.gatewayName(),
                    listener.gatewayNamespace(), listener.sectionName(), GRAFANA_ADMIN_SECRET));
        }
        HelmRelease.create(name + "-grafana", "grafana", Support.MONITORING_NAMESPACE, false, GRAFANA,
                Output.of(GrafanaValues.of(GRAFANA, access)), 600, CustomResourceOptions.builder().parent(component)
                        .provider(cluster.kubernetesProvider()).dependsOn(grafanaNeeds).build());
    }
}
