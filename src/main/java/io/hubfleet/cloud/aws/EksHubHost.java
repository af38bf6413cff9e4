package io.hubfleet.cloud.aws;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.CloudAlertsSpec;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;
import com.pulumi.core.Output;
import io.hubfleet.cloud.HubHostHandle;

import java.util.Map;
import java.util.Optional;

/**
 * What hubs on an EKS cluster need to know about it.
 *
 * @param clusterName     the cluster's name
 * @param region          the region
 * @param namingSeed      what globally unique names start from
 * @param accountId       the account
 * @param oidcProviderArn the cluster's IAM OIDC provider (hub roles trust it)
 * @param issuerUrl       the cluster's OIDC issuer URL
 * @param accessRoleArn   the role hubfleet assumes into an account it created, if so
 * @param homeZone        the zone of the core nodes and home disks (EBS volumes attach in one zone)
 */
record EksHubHost(String clusterName, String region, String namingSeed, Output<String> accountId,
                  Output<String> oidcProviderArn, Output<String> issuerUrl, Optional<Output<String>> accessRoleArn,
                  String homeZone)
        implements HubHostHandle {

    @Override
    public Output<Map<String, Object>> export() {
        return Output.tuple(accountId, oidcProviderArn, issuerUrl, accessRoleArn.orElse(Output.of(""))).applyValue(t ->
                new EksHostFacts(clusterName, region, namingSeed, t.t1, t.t2, t.t3,
                        Optional.ofNullable(t.t4).filter(role -> !role.isEmpty()), homeZone).toOutput());
    }

    static EksHubHost imported(Map<String, Object> exported) {
        EksHostFacts facts = EksHostFacts.fromOutput(exported);
        return new EksHubHost(facts.clusterName(), facts.region(), facts.namingSeed(), Output.of(facts.accountId()),
                Output.of(facts.oidcProviderArn()), Output.of(facts.issuerUrl()), facts.accessRoleArn().map(Output::of),
                facts.homeZone());
    }

    @Override
    public ProviderResource attachAccount(ComponentResource component, String name, String stack) {
        return new AwsAccountBackend().attach(component, name, this, stack);
    }

    @Override
    public ProvisionedHomeDisk homeDisk(Resource parent, String name, HomeDiskSpec spec, ProviderResource account) {
        return AwsHomeDisk.provision(parent, name, spec, account, this);
    }

    @Override
    public HubIdentity hubIdentity(Resource component, String name, HubIdentitySpec spec, ProviderResource account) {
        return new AwsHubIdentityBackend().provision(component, name, spec, account, this);
    }

    @Override
    public void cloudAlerts(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account) {
        new AwsCloudAlertsBackend().create(component, name, spec, account, this);
    }
}
