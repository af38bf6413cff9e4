package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.core.Output;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.DnsBackend;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.DnsZone;

import java.util.List;

/**
 * An A record in the community's Route 53 hosted zone, listing the load balancer's Elastic IPs (one
 * per zone): plain A records work at a zone's apex too, unlike a CNAME to the load balancer's name.
 */
final class Route53Backend implements DnsBackend {

    @Override
    public void pointAt(ComponentResource component, ProviderResource provider, String name, DnsZone dns,
                        String domain, Output<List<String>> addresses, List<Resource> after) {
        new Record(name, RecordArgs.builder()
                .zoneId(dns.requireHostedZoneId())
                .name(domain)
                .type("A")
                .ttl(dns.ttlSeconds())
                .records(addresses)
                .build(), ChildOptions.of(component, provider).dependsOn(after).build());
    }
}
