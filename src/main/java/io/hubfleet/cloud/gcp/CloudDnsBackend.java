package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.dns.RecordSet;
import com.pulumi.gcp.dns.RecordSetArgs;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.DnsBackend;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.config.DnsConfig;

import java.util.List;

/** An A record set in the community's Cloud DNS managed zone, in the project. */
final class CloudDnsBackend implements DnsBackend {

    @Override
    public void pointAt(ComponentResource component, ProviderResource provider, String name, DnsConfig dns,
                        String domain, Output<List<String>> addresses) {
        new RecordSet(name, RecordSetArgs.builder()
                .managedZone(dns.managedZone())
                .name(domain + ".")
                .type("A")
                .ttl(dns.ttlSeconds())
                .rrdatas(addresses)
                .build(), ChildOptions.in(component, provider));
    }
}
