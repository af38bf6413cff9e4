package io.hubfleet.config;

import java.util.Optional;

/**
 * The community's DNS zone, where hubfleet points every hub's (and Grafana's) domain at the ingress.
 * Each cloud reads its own key naming the zone; the others are refused.
 *
 * @param zone          the zone's domain, such as example.org (required)
 * @param managedZone   GCP: the Cloud DNS managed zone's name (required on GCP)
 * @param hostedZoneId  AWS: the Route 53 hosted zone's id (required on AWS)
 * @param resourceGroup Azure: the resource group of the Azure DNS zone (required on Azure)
 * @param ttlSeconds    the records' TTL. Default: 300
 */
public record DnsConfig(String zone, String managedZone, String hostedZoneId, String resourceGroup,
                        Integer ttlSeconds) {

    public DnsConfig {
        ttlSeconds = ttlSeconds == null ? 300 : ttlSeconds;
    }

    public Optional<String> optionalManagedZone() {
        return Optional.ofNullable(managedZone);
    }

    public Optional<String> optionalHostedZoneId() {
        return Optional.ofNullable(hostedZoneId);
    }

    public Optional<String> optionalResourceGroup() {
        return Optional.ofNullable(resourceGroup);
    }

    /** Whether a domain is the zone's apex or inside it. */
    public boolean contains(String domain) {
        return domain.equals(zone) || domain.endsWith("." + zone);
    }
}
