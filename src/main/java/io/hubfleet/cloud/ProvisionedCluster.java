package io.hubfleet.cloud;

import com.pulumi.core.Output;

/**
 * What a cluster backend made, as the other components need it. Each cloud's implementation carries
 * more (networks, identities) for that cloud's other backends.
 */
public interface ProvisionedCluster {

    /** The cluster's name in the cloud. */
    Output<String> name();

    /** The API server's address. */
    Output<String> endpoint();

    /** A kubeconfig that authenticates with the cloud's CLI (no static credential); a secret. */
    Output<String> kubeconfig();

    /** The cloud CLI command that writes the cluster's credentials into the operator's kubeconfig. */
    Output<String> credentialsCommand();
}
