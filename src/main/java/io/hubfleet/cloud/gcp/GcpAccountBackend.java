package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.ProviderArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.AccountBackend;
import io.hubfleet.cloud.ProvisionedAccount;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;

import java.util.Map;

/** Adopts a GCP project: a provider pinned to it, its region and zone, labelling everything it makes. */
final class GcpAccountBackend implements AccountBackend {

    @Override
    public ProvisionedAccount provision(CloudAccount component, String name, CloudAccountArgs args) {
        Provider provider = new Provider(name, ProviderArgs.builder()
                .project(args.accountId())
                .region(args.region())
                .zone(args.requireZone())
                .defaultLabels(Map.of(
                        "managed-by", "hubfleet",
                        "hubfleet-stack", GcpNames.labelValue(args.stack())))
                .build(), CustomResourceOptions.builder().parent(component).build());
        return new ProvisionedAccount.Basic(provider, Output.of(args.accountId()));
    }
}
