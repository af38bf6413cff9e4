package io.hubfleet.cloud;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.config.DnsConfig;

import java.util.List;

/** Points a domain at the ingress addresses with A records in the community's zone, in the cloud's DNS service. */
public interface DnsBackend {

    /**
     * One record set for {@code domain} (inside {@code dns.zone()}), parented to the component, through
     * the account's provider {@code provider}.
     */
    void pointAt(ComponentResource component, ProviderResource provider, String name, DnsConfig dns, String domain,
                 Output<List<String>> addresses);
}
