package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import com.pulumi.azurenative.network.RecordSet;
import com.pulumi.azurenative.network.RecordSetArgs;
import com.pulumi.azurenative.network.inputs.ARecordArgs;
import com.pulumi.core.Output;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.DnsBackend;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.DnsZone;

import java.util.List;

/** An A record set in the community's Azure DNS zone (in the stack's subscription). */
final class AzureDnsBackend implements DnsBackend {

    @Override
    public void pointAt(ComponentResource component, ProviderResource provider, String name, DnsZone dns,
                        String domain, Output<List<String>> addresses, List<Resource> after) {
        new RecordSet(name, RecordSetArgs.builder()
                .zoneName(dns.domain())
                .resourceGroupName(dns.requireResourceGroup())
                .relativeRecordSetName(dns.relativeName(domain))
                .recordType("A")
                .ttl((double) dns.ttlSeconds())
                .aRecords(addresses.applyValue(ips -> ips.stream()
                        .map(ip -> ARecordArgs.builder().ipv4Address(ip).build()).toList()))
                .build(), ChildOptions.of(component, provider).dependsOn(after).build());
    }
}
