package io.hubfleet.cloud;

import com.pulumi.resources.Resource;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;

import java.util.List;

/** Points a domain at the ingress addresses with A records in the community's zone, in the cloud's DNS service. */
public interface DnsBackend {

    /**
     * One record set for {@code domain} (inside {@code dns.domain()}), parented to the component, through
     * the account's provider {@code provider}.
     */
    void pointAt(ComponentResource component, ProviderResource provider, String name, DnsZone dns, String domain,
                 Output<List<String>> addresses, List<Resource> after);

    /**
     * A zone hubfleet makes itself: in an account it creates, none can exist before. Empty where the
     * cloud's zone must already exist (the stack file names it).
     */
    default java.util.Optional<CreatedZone> createZone(ComponentResource component, ProviderResource provider,
                                                       String name, DnsZone dns) {
        return java.util.Optional.empty();
    }

    /**
     * A zone hubfleet created, and the name servers the parent zone must delegate to.
     *
     * @param zone        the zone resource (records wait for it)
     * @param nameServers its name servers
     */
    record CreatedZone(Resource zone, Output<List<String>> nameServers) {
    }
}
