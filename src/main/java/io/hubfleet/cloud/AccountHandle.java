package io.hubfleet.cloud;

import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;


/**
 * An account as its cloud made it (a GCP project, an AWS account, an Azure subscription and its
 * resource group). Each cloud's handle holds its own typed state and builds the next level down with
 * it: the cluster, and the account's budget.
 */
public interface AccountHandle {

    /** The provider scoped to the account (and region) that every resource uses. */
    ProviderResource provider();

    /** The project id, account id or subscription id. */
    Output<String> accountId();

    /** What the account was made from. */
    AccountSpec spec();

    /**
     * Builds the managed Kubernetes cluster (control plane and network; pools come separately),
     * parented to {@code parent}.
     */
    ClusterHandle cluster(Resource parent, String name, ClusterSpec spec);

    /** Sets a monthly budget with e-mail alerts on the account, in the cloud's own budget service. */
    void budget(Resource parent, String name, BudgetSpec budget);
}
