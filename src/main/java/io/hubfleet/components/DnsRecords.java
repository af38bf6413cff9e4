package io.hubfleet.components;

import io.hubfleet.cloud.DnsZone;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The A record of every domain the Gateway serves. In the community's zone hubfleet keeps the record;
 * outside it (or with no zone) the operator creates it from the stack output. In an account hubfleet
 * creates, the zone is created first (GCP; other clouds refuse the combination), and its name servers
 * are an output for the parent zone's delegation.
 */
public final class DnsRecords extends ComponentResource {

    public static final String TYPE = "hubfleet:index:DnsRecords";
    static final int DEFAULT_TTL_SECONDS = 300;

    private final List<DnsRecord> records;
    private Optional<Output<List<String>>> nameServers = Optional.empty();

    public DnsRecords(String name, DnsRecordsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        CloudAccount account = args.account();
        List<Resource> zone = new ArrayList<>();
        // The zone as the cloud's DNS service takes it, made once.
        Optional<DnsZone> cloudZone = args.dns().map(CloudSpecs::dnsZone);
        if (cloudZone.isPresent() && account.args().creates()) {
            account.platform().dns().createZone(this, account.provider(), name + "-dns-zone", cloudZone.get())
                    .ifPresent(created -> {
                        zone.add(created.zone());
                        this.nameServers = Optional.of(created.nameServers());
                    });
        }
        List<DnsRecord> records = new ArrayList<>();
        for (GatewaySite site : args.sites()) {
            boolean managed = args.dns().map(dns -> dns.contains(site.domain())).orElse(false);
            if (managed) {
                account.platform().dns().pointAt(this, account.provider(), name + "-dns-" + site.name(),
                        cloudZone.get(), site.domain(), args.address().addresses(), zone);
            }
            records.add(new DnsRecord(site.domain(), args.address().addresses(),
                    args.dns().map(dns -> dns.ttlSeconds()).orElse(DEFAULT_TTL_SECONDS), managed));
        }
        this.records = List.copyOf(records);
        registerOutputs(Map.of("dnsRecords", asOutput()));
    }

    /** The A record of every served domain, those hubfleet keeps and those to create by hand. */
    public List<DnsRecord> records() {
        return records;
    }

    /** The records as a stack output. */
    public Output<List<Map<String, Object>>> asOutput() {
        return Output.all(records.stream().map(DnsRecord::asOutput).toList());
    }

    /** The name servers of the DNS zone hubfleet created, for the parent zone to delegate to. */
    public Optional<Output<List<String>>> nameServers() {
        return nameServers;
    }
}
