package io.hubfleet.cloud.azure;

import com.pulumi.core.Output;

/** Built-in Azure role definitions hubfleet assigns, by their fixed ids. */
final class AzureRoles {

    /** Data-plane read, write and delete of blobs (no account management). */
    static final String STORAGE_BLOB_DATA_CONTRIBUTOR = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    /** Kubernetes cluster-admin through Azure RBAC. */
    static final String AKS_RBAC_CLUSTER_ADMIN = "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b";
    /** Joining and managing a subnet's network objects. */
    static final String NETWORK_CONTRIBUTOR = "4d97b98b-1d4f-4787-a291-c67834d212e7";

    private AzureRoles() {
    }

    static Output<String> definition(Output<String> subscription, String role) {
        return subscription.applyValue(id -> "/subscriptions/" + id + "/providers/Microsoft.Authorization/roleDefinitions/" + role);
    }
}
