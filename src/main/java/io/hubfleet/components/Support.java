package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;

import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.jupyterhub.HubValuesInput;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cluster's shared services, one component each: {@link IngressGateway} (the public address, the
 * Gateway and TLS), {@link DnsRecords} (the served domains' records), {@link Monitoring} (Prometheus,
 * Grafana, alerting; when on) and {@link ClusterAddOns} (what the cloud's managed Kubernetes lacks). It
 * decides which domains are served (the hubs', and Grafana's when it has one) and composes.
 * <p>
 * Its children made all their resources directly until the split; each keeps its name, type and URN
 * through an alias to this component ({@link FormerParent}), so deployed estates see nothing replaced.
 * The children are named as this component is, so their resources keep their names.
 */
public final class Support extends ComponentResource {

    public static final String TYPE = "hubfleet:index:Support";

    private final IngressGateway gateway;
    private final DnsRecords dns;
    private final ClusterAddOns addOns;
    private final boolean monitoring;
    private final Optional<String> grafanaUrl;

    public Support(String name, SupportArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        List<GatewaySite> sites = sites(args);
        this.gateway = new IngressGateway(name, new IngressGatewayArgs(args.cluster(), args.ingress(), sites),
                FormerParent.options(this, IngressGateway.TYPE, name));
        this.addOns = new ClusterAddOns(name, new ClusterAddOnsArgs(args.cluster(), args.gpus()),
                FormerParent.options(this, ClusterAddOns.TYPE, name));
        this.monitoring = args.monitoring().enabled();
        if (monitoring) {
            Optional<GatewayListener> grafanaListener = sites.stream().anyMatch(s -> s.name().equals(Monitoring.SITE))
                    ? Optional.of(gateway.listenerFor(Monitoring.SITE)) : Optional.empty();
            new Monitoring(name, new MonitoringArgs(args.cluster(), args.monitoring(), args.alerting(),
                    grafanaListener, gateway.routesReady()), FormerParent.options(this, Monitoring.TYPE, name));
        }
        this.grafanaUrl = monitoring ? args.monitoring().grafana().optionalDomain().map(d -> "https://" + d)
                : Optional.empty();
        this.dns = new DnsRecords(name, new DnsRecordsArgs(args.cluster().account(), gateway.address(), sites,
                args.dns()), FormerParent.options(this, DnsRecords.TYPE, name));
        registerOutputs(Map.of(
                "gateway", Output.of(IngressGateway.SYSTEM_NAMESPACE + "/" + IngressGateway.GATEWAY),
                "ingressAddresses", gateway.address().addresses(),
                "dnsRecords", dns.asOutput(),
                "grafanaUrl", Output.of(grafanaUrl.orElse("none")),
                "secretsNeeded", Output.all(Monitoring.secretsNeeded(args.monitoring(), args.alerting(),
                        grafanaUrl.isPresent()).stream().map(SecretNeeded::asOutput).toList())));
    }

    /** The listener serving a site's domain (a hub's name, or monitoring). */
    public GatewayListener listenerFor(String site) {
        return gateway.listenerFor(site);
    }

    /** Grafana's public URL, when it has a domain. */
    public Optional<String> grafanaUrl() {
        return grafanaUrl;
    }

    /** Who scrapes the hubs' metrics, when monitoring is on: hubs let it through their network policy. */
    public Optional<HubValuesInput.MetricsScraper> metricsScraper() {
        return monitoring ? Optional.of(Monitoring.metricsScraper()) : Optional.empty();
    }

    /** The Gateway's public addresses. */
    public Output<List<String>> ingressAddresses() {
        return gateway.address().addresses();
    }

    /** The A record of every served domain, those hubfleet keeps and those to create by hand. */
    public List<DnsRecord> dnsRecords() {
        return dns.records();
    }

    /** The records as a stack output. */
    public Output<List<Map<String, Object>>> dnsRecordsOutput() {
        return dns.asOutput();
    }

    /** The name servers of the DNS zone hubfleet created, for the parent zone to delegate to. */
    public Optional<Output<List<String>>> dnsNameServers() {
        return dns.nameServers();
    }

    /** The installed charts that ship CRDs in crds/ (Helm never upgrades those), by component. */
    public Map<String, HelmChart> crdCharts() {
        Map<String, HelmChart> charts = new TreeMap<>(gateway.crdCharts());
        charts.putAll(addOns.crdCharts());
        return java.util.Collections.unmodifiableMap(charts);
    }

    /** The ACME account the cluster's issuer uses; hub-only stacks' issuers use the same. */
    public AcmeAccount acme() {
        return gateway.acme();
    }

    /** The namespace of cluster-wide jobs and the Gateway. */
    public String systemNamespace() {
        return IngressGateway.SYSTEM_NAMESPACE;
    }

    /** The hubs' domains, and Grafana's when it has one. */
    private static List<GatewaySite> sites(SupportArgs args) {
        List<GatewaySite> sites = new ArrayList<>();
        args.hubs().forEach(hub -> sites.add(GatewaySite.hub(hub.hub(), hub.domain())));
        if (args.monitoring().enabled()) {
            args.monitoring().grafana().optionalDomain().ifPresent(domain ->
                    sites.add(GatewaySite.namespace(Monitoring.SITE, domain, Monitoring.NAMESPACE)));
        }
        return List.copyOf(sites);
    }
}
