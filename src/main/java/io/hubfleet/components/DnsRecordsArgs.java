package io.hubfleet.components;

import io.hubfleet.cloud.IngressAddress;
import io.hubfleet.config.DnsConfig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Arguments of {@link DnsRecords}.
 *
 * @param account the account whose DNS holds the zone (required)
 * @param address the Gateway's public address the records point at (required)
 * @param sites   the served domains: one A record each. Default: none
 * @param dns     the zone to keep the records in. Default: none (the records are outputs to create by hand)
 */
public record DnsRecordsArgs(CloudAccount account, IngressAddress address, List<GatewaySite> sites,
                             Optional<DnsConfig> dns) {

    public DnsRecordsArgs {
        Objects.requireNonNull(account, "DnsRecordsArgs.account is required");
        Objects.requireNonNull(address, "DnsRecordsArgs.address is required");
        sites = sites == null ? List.of() : List.copyOf(sites);
        dns = dns == null ? Optional.empty() : dns;
    }
}
