package io.hubfleet.cloud.aws;

import com.pulumi.aws.eks.Cluster;
import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.Role;
import com.pulumi.core.Output;
import io.hubfleet.cloud.ProvisionedCluster;

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
        Output<String> credentialsCommand) implements ProvisionedCluster {

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

    static EksCluster of(ProvisionedCluster provisioned) {
        if (provisioned instanceof EksCluster eks) {
            return eks;
        }
        throw new IllegalArgumentException("an AWS backend was given a " + provisioned.getClass().getSimpleName()
                + "; clusters and their pools must be on the same cloud");
    }
}
