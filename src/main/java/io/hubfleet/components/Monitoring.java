package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.hubfleet.config.AlertsConfig;
import io.hubfleet.config.GrafanaConfig;
import io.hubfleet.config.MonitoringConfig;
import io.hubfleet.config.portable.SecretValue;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.monitoring.AlertmanagerValues;
import io.hubfleet.helm.monitoring.GrafanaValues;
import io.hubfleet.helm.monitoring.MonitoringSizing;
import io.hubfleet.helm.monitoring.PrometheusValues;
import io.hubfleet.machines.Allocatable;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's monitoring: Prometheus (a retention and a persistent volume, sized for a core node) with
 * its alerting rules and Alertmanager, and Grafana with the JupyterHub dashboards, in the
 * {@code monitoring} namespace on the core pool. Grafana is public only with a domain, then behind the
 * Gateway's HTTPS listener and with the admin login from the stack's secret.
 */
public final class Monitoring extends ComponentResource {

    public static final String TYPE = "hubfleet:index:Monitoring";
    public static final String NAMESPACE = "monitoring";
    /** The site name of Grafana's domain (a reserved hub name, so no hub can take its listener). */
    public static final String SITE = "monitoring";
    static final String GRAFANA_ADMIN_SECRET = "grafana-admin";

    private static final HelmChart PROMETHEUS = HelmChart.load("support/prometheus");
    private static final HelmChart GRAFANA = HelmChart.load("support/grafana");

    public Monitoring(String name, MonitoringArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        Cluster cluster = args.cluster();
        MonitoringConfig config = args.config();
        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(this)
                .provider(cluster.kubernetesProvider()).build();
        Namespace namespace = new Namespace(name + "-monitoring", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAMESPACE).build()).build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().parent(this)
                .provider(cluster.kubernetesProvider()).dependsOn(namespace).build();

        MonitoringSizing sizing = MonitoringSizing.forCoreNode(Allocatable.of(cluster.account().cloud(),
                cluster.corePool().machine().type()));
        // Alertmanager's credentials reach it as files of a Secret, never in its config.
        List<Resource> prometheusNeeds = new ArrayList<>(List.of(namespace));
        Map<String, SecretValue> credentials = alertingSecrets(args.alerting().alerts());
        if (!credentials.isEmpty()) {
            prometheusNeeds.add(new Secret(name + "-alertmanager-routing", SecretArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(AlertmanagerValues.SECRET).namespace(NAMESPACE).build())
                    .stringData(Output.all(credentials.values().stream().map(SecretValue::asOutput).toList())
                            .applyValue(values -> {
                                Map<String, String> data = new java.util.TreeMap<>();
                                List<String> keys = List.copyOf(credentials.keySet());
                                for (int i = 0; i < keys.size(); i++) {
                                    data.put(keys.get(i), values.get(i));
                                }
                                return data;
                            }))
                    .build(), inNamespace));
        }
        HelmRelease.create(name + "-prometheus", "prometheus", NAMESPACE, false, PROMETHEUS,
                Output.of(PrometheusValues.of(PROMETHEUS, config, sizing, args.alerting().rules(),
                        args.alerting().alerts())), 900,
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetesProvider())
                        .dependsOn(prometheusNeeds).build());

        GrafanaConfig grafana = config.grafana();
        List<Resource> grafanaNeeds = new ArrayList<>(List.of(namespace));
        Optional<GrafanaValues.PublicAccess> access = Optional.empty();
        if (args.grafanaListener().isPresent() && grafana.domain() != null) {
            GatewayListener listener = args.grafanaListener().get();
            grafanaNeeds.add(new Secret(name + "-grafana-admin", SecretArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(GRAFANA_ADMIN_SECRET).namespace(NAMESPACE).build())
                    .stringData(grafana.adminPassword().asOutput().applyValue(password -> Map.of(
                            "admin-user", "admin", "admin-password", password)))
                    .build(), inNamespace));
            grafanaNeeds.addAll(args.gatewayReady());
            access = Optional.of(new GrafanaValues.PublicAccess(grafana.domain(), listener.gatewayName(),
                    listener.gatewayNamespace(), listener.sectionName(), GRAFANA_ADMIN_SECRET));
        }
        HelmRelease.create(name + "-grafana", "grafana", NAMESPACE, false, GRAFANA,
                Output.of(GrafanaValues.of(GRAFANA, access)), 600, CustomResourceOptions.builder().parent(this)
                        .provider(cluster.kubernetesProvider()).dependsOn(grafanaNeeds).build());
        registerOutputs(Map.of("namespace", Output.of(NAMESPACE),
                "publicGrafana", Output.of(access.isPresent())));
    }

    /** Who scrapes the hubs' metrics: hubs let it through their network policy. */
    public static HubValuesInput.MetricsScraper metricsScraper() {
        return new HubValuesInput.MetricsScraper(NAMESPACE,
                Map.of("app.kubernetes.io/name", "prometheus", "app.kubernetes.io/component", "server"));
    }

    /** The Secrets monitoring reads: Grafana's admin login when it is public, Alertmanager's credentials. */
    static List<SecretNeeded> secretsNeeded(MonitoringConfig config, ClusterAlerting alerting, boolean publicGrafana) {
        List<SecretNeeded> needed = new ArrayList<>();
        if (!config.enabled()) {
            return needed;
        }
        if (publicGrafana && config.grafana().adminPassword() != null) {
            needed.add(new SecretNeeded(NAMESPACE, GRAFANA_ADMIN_SECRET, "admin-password",
                    configPath(config.grafana().adminPassword()), Map.of("admin-user", "admin")));
        }
        alertingSecrets(alerting.alerts()).forEach((key, secret) -> needed.add(new SecretNeeded(
                NAMESPACE, AlertmanagerValues.SECRET, key, configPath(secret), Map.of())));
        return needed;
    }

    /** Alertmanager's credentials by their key in its Secret. */
    private static Map<String, SecretValue> alertingSecrets(AlertsConfig alerts) {
        Map<String, SecretValue> secrets = new java.util.TreeMap<>();
        alerts.optionalSmtp().filter(smtp -> smtp.password() != null)
                .ifPresent(smtp -> secrets.put(AlertmanagerValues.SMTP_PASSWORD_KEY, smtp.password()));
        alerts.optionalWebhook().ifPresent(webhook -> secrets.put(AlertmanagerValues.WEBHOOK_URL_KEY, webhook.url()));
        return secrets;
    }

    private static String configPath(SecretValue secret) {
        return io.hubfleet.config.ConfigPath.fromPointer(secret.pointer()).toString();
    }
}
