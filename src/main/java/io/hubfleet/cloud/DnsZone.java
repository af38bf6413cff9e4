package io.hubfleet.cloud;

import java.util.Optional;

/**
 * The community's DNS zone, where hubs' domains are pointed at the ingress. Each cloud finds its zone by
 * its own key; the stack's rules require the one of the stack's cloud.
 *
 * @param domain        the zone's domain, such as example.org
 * @param managedZone   GCP: the Cloud DNS managed zone's name
 * @param hostedZoneId  AWS: the Route 53 hosted zone's id
 * @param resourceGroup Azure: the resource group of the Azure DNS zone
 * @param ttlSeconds    the records' TTL
 */
public record DnsZone(String domain, Optional<String> managedZone, Optional<String> hostedZoneId,
                      Optional<String> resourceGroup, int ttlSeconds) {

    /** The record name relative to the zone ({@code @} for the apex). */
    public String relativeName(String recordDomain) {
        return recordDomain.equals(domain) ? "@" : recordDomain.substring(0, recordDomain.length() - domain.length() - 1);
    }

    static String require(Optional<String> key, String name) {
        return key.orElseThrow(() -> new IllegalStateException("the DNS zone has no " + name));
    }

    public String requireManagedZone() {
        return require(managedZone, "managedZone");
    }

    public String requireHostedZoneId() {
        return require(hostedZoneId, "hostedZoneId");
    }

    public String requireResourceGroup() {
        return require(resourceGroup, "resourceGroup");
    }
}
