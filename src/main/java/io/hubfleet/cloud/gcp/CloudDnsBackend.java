package io.hubfleet.cloud.gcp;

import com.pulumi.gcp.dns.ManagedZone;
import com.pulumi.gcp.dns.ManagedZoneArgs;
import com.pulumi.resources.Resource;
import com.pulumi.core.Output;
import com.pulumi.gcp.dns.RecordSet;
import com.pulumi.gcp.dns.RecordSetArgs;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.DnsBackend;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.DnsZone;

import java.util.List;

/**
 * An A record set in the community's Cloud DNS managed zone, in the project. In a project hubfleet
 * creates, it creates the managed zone too (none can exist before the project), public, and the stack
 * exports its name servers for the parent zone's delegation.
 */
final class CloudDnsBackend implements DnsBackend {

    @Override
    public java.util.Optional<CreatedZone> createZone(ComponentResource component, ProviderResource provider,
                                                      String name, DnsZone dns) {
        ManagedZone zone = new ManagedZone(name, ManagedZoneArgs.builder()
                .name(dns.requireManagedZone())
                .dnsName(dns.domain() + ".")
                .description("hubfleet: the hubs' domains of " + dns.domain())
                .visibility("public")
                .build(), ChildOptions.in(component, provider));
        return java.util.Optional.of(new CreatedZone(zone, zone.nameServers()));
    }

    @Override
    public void pointAt(ComponentResource component, ProviderResource provider, String name, DnsZone dns,
                        String domain, Output<List<String>> addresses, List<Resource> after) {
        new RecordSet(name, RecordSetArgs.builder()
                .managedZone(dns.requireManagedZone())
                .name(domain + ".")
                .type("A")
                .ttl(dns.ttlSeconds())
                .rrdatas(addresses)
                .build(), ChildOptions.of(component, provider).dependsOn(after).build());
    }
}
