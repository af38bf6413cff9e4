package io.hubfleet.config;

import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the Gateway serves besides the hubs: Grafana's domain needs HTTPS and an admin password kept as
 * a Pulumi secret, and may not be a hub's; the DNS zone is named the way its cloud names zones.
 */
final class IngressRules implements StackRule {

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        config.monitoring().ifPresent(monitoring -> problems.addAll(grafana(config, monitoring)));
        if (config.cloud().isPresent()) {
            config.dns().ifPresent(dns -> problems.addAll(dns(config.cloud().get(), dns)));
            boolean creates = config.account().map(AccountConfig::creates).orElse(false);
            if (creates && config.dns().isPresent() && config.cloud().get() != Cloud.GCP) {
                problems.add(newAccountZone(config.cloud().get()));
            }
        }
        return problems;
    }

    /**
     * An account hubfleet creates holds no DNS zone yet. On GCP hubfleet creates the managed zone with the
     * project and exports its name servers; a Route 53 hosted zone or an Azure DNS zone named by id or
     * resource group would have to exist before the account does, so the combination is refused.
     */
    private static ConfigProblem newAccountZone(Cloud cloud) {
        return ConfigProblem.of(BoundConfig.DNS, "hubfleet creates this " + (cloud == Cloud.AWS ? "account" : "subscription")
                        + " (hubfleet:account.create), so no DNS zone can be in it yet",
                "no hubfleet:dns on the first deployment: create the DNS records from the dnsRecords output by hand, "
                        + "or create the zone in the new " + (cloud == Cloud.AWS ? "account" : "subscription")
                        + " after it, then add hubfleet:dns naming it");
    }

    private static List<ConfigProblem> grafana(BoundConfig config, MonitoringConfig monitoring) {
        List<ConfigProblem> problems = new ArrayList<>();
        GrafanaConfig grafana = monitoring.grafana();
        ConfigPath at = BoundConfig.MONITORING.child("grafana");
        if (grafana.domain() == null) {
            if (grafana.adminPassword() != null && !PlainTextSecrets.setAsSecret(grafana.adminPassword(), config.raw())) {
                problems.add(PlainTextSecrets.problem(grafana.adminPassword(), "Grafana's admin password"));
            }
            return problems;
        }
        if (!monitoring.enabled()) {
            problems.add(ConfigProblem.of(at.child("domain"), "is set, but monitoring is disabled",
                    "no grafana settings with enabled: false; or enabled: true"));
        }
        if (grafana.adminPassword() == null) {
            problems.add(ConfigProblem.of(at.child("adminPassword"),
                    "missing: Grafana served at " + grafana.domain() + " needs an admin password",
                    "a Pulumi secret: pulumi config set --secret --path '" + at.child("adminPassword") + "' <password>"));
        } else if (!PlainTextSecrets.setAsSecret(grafana.adminPassword(), config.raw())) {
            problems.add(PlainTextSecrets.problem(grafana.adminPassword(), "Grafana's admin password"));
        }
        if (config.ingress().isEmpty() && config.raw().config().get("hubfleet:ingress") == null) {
            problems.add(ConfigProblem.of(BoundConfig.INGRESS,
                    "missing: Grafana's domain is served over HTTPS, which needs a Let's Encrypt account",
                    "ingress.letsEncryptEmail"));
        }
        for (BoundConfig.Indexed<HubConfig> hub : config.hubs()) {
            if (hub.value().domain().equals(grafana.domain())) {
                problems.add(ConfigProblem.of(at.child("domain"), grafana.domain() + " is also the domain of hub "
                        + hub.value().name(), "a domain of its own, such as grafana." + parent(grafana.domain())));
            }
        }
        return problems;
    }

    private static List<ConfigProblem> dns(Cloud cloud, DnsConfig dns) {
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigPath at = BoundConfig.DNS;
        String key = switch (cloud) {
            case GCP -> "managedZone";
            case AWS -> "hostedZoneId";
            case AZURE -> "resourceGroup";
        };
        Map<String, String> zoneKeys = new java.util.LinkedHashMap<>();
        zoneKeys.put("managedZone", dns.managedZone());
        zoneKeys.put("hostedZoneId", dns.hostedZoneId());
        zoneKeys.put("resourceGroup", dns.resourceGroup());
        String allowed = switch (cloud) {
            case GCP -> "the Cloud DNS managed zone's name (gcloud dns managed-zones list)";
            case AWS -> "the Route 53 hosted zone's id, such as Z0123456789ABCDEFGHIJ (aws route53 list-hosted-zones)";
            case AZURE -> "the resource group holding the Azure DNS zone " + dns.zone() + " (az network dns zone list)";
        };
        if (zoneKeys.get(key) == null) {
            problems.add(ConfigProblem.of(at.child(key), "missing: on " + cloud.configName()
                    + " the zone is named by " + key, allowed));
        }
        zoneKeys.forEach((other, value) -> {
            if (!other.equals(key) && value != null) {
                problems.add(ConfigProblem.of(at.child(other), "is not read on " + cloud.configName(),
                        key + ": " + allowed));
            }
        });
        return problems;
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? domain : domain.substring(dot + 1);
    }
}
