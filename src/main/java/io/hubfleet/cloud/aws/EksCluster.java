package io.hubfleet.cloud.aws;

import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ManagedHomeSpec;
import io.hubfleet.cloud.ClusterSpec;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.cloud.IngressAddress;
import io.hubfleet.cloud.ProvisionedHomeStorage;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.cloud.NodePoolSpec;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.aws.eks.Cluster;
import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.Role;
import com.pulumi.core.Output;
import io.hubfleet.cloud.ClusterHandle;

/**
 * An EKS cluster as AWS's other backends need it: its network (EFS mount targets, node groups), the
 * nodes' role, the cluster security group (the nodes' group, which EFS admits) and the OIDC provider
 * (hub roles trust it).
 */
record EksCluster(
        Cluster cluster,
        AwsNetwork network,
        Role nodeRole,
        OpenIdConnectProvider oidcProvider,
        String clusterName,
        String region,
        Output<String> kubeconfig,
        Output<String> credentialsCommand,
        AwsAccount account,
        ClusterSpec spec) implements ClusterHandle {

    @Override
    public Output<String> name() {
        return cluster.name();
    }

    @Override
    public Output<String> endpoint() {
        return cluster.endpoint();
    }

    /** The security group EKS puts on the control plane and managed nodes. */
    Output<String> clusterSecurityGroupId() {
        return cluster.vpcConfig().applyValue(config -> config.clusterSecurityGroupId().orElseThrow());
    }

    /** The OIDC issuer URL, as IAM conditions name it. */
    Output<String> issuerUrl() {
        return cluster.identities().applyValue(ids -> ids.get(0).oidcs().get(0).issuer().orElseThrow());
    }

    @Override
    public ProvisionedNodePool nodePool(Resource component, String name, NodePoolSpec spec) {
        return new EksNodePoolBackend().provision(component, name, spec, this);
    }

    @Override
    public ProvisionedHomeStorage homeStorage(Resource component, String name, ManagedHomeSpec spec,
                                              ProviderResource kubernetes) {
        return new EfsBackend().provision(component, name, spec, this, kubernetes);
    }

    @Override
    public IngressAddress ingressAddress(Resource component, String name) {
        return new AwsSupportBackend().reserveIngressAddress(component, name, this);
    }

    @Override
    public HubHostHandle hubHost() {
        return EksClusterBackend.hubHost(this);
    }

    @Override
    public void afterCorePool(Resource component, String name, Resource corePool) {
        new EksClusterBackend().afterCorePool(component, name, corePool, this);
    }

    @Override
    public void addClusterServices(Resource component, String name, CustomResourceOptions options) {
        new AwsSupportBackend().addClusterServices(component, name, options, this);
    }
}
