package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.core.Output;

/** Built-in Azure role definitions hubfleet assigns, by their fixed ids. */
final class AzureRoles {

    /** Data-plane read, write and delete of blobs (no account management). */
    static final String STORAGE_BLOB_DATA_CONTRIBUTOR = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    /**
     * Data-plane read and list of containers and blobs
     * (learn.microsoft.com/azure/role-based-access-control/built-in-roles/storage#storage-blob-data-reader).
     */
    static final String STORAGE_BLOB_DATA_READER = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    /** Kubernetes cluster-admin through Azure RBAC. */
    static final String AKS_RBAC_CLUSTER_ADMIN = "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b";
    /** Joining and managing a subnet's network objects. */
    static final String NETWORK_CONTRIBUTOR = "4d97b98b-1d4f-4787-a291-c67834d212e7";

    private AzureRoles() {
    }

    /**
     * A role assignment's arguments with a name of its own: Azure names assignments by GUID, and an
     * unnamed one gets a random GUID, different in every plan. The name is a name-based (v3) UUID of the
     * scope, role and principal, so the same assignment is always the same name, and two different ones
     * never are (learn.microsoft.com/azure/role-based-access-control/role-assignments-template#name).
     */
    static RoleAssignmentArgs.Builder assignment(Output<String> scope, Output<String> roleDefinitionId,
                                                 Output<String> principalId) {
        return RoleAssignmentArgs.builder()
                .roleAssignmentName(Output.tuple(scope, roleDefinitionId, principalId)
                        .applyValue(t -> assignmentName(t.t1, t.t2, t.t3)))
                .scope(scope)
                .roleDefinitionId(roleDefinitionId)
                .principalId(principalId);
    }

    static String assignmentName(String scope, String roleDefinitionId, String principalId) {
        return java.util.UUID.nameUUIDFromBytes((scope.toLowerCase(java.util.Locale.ROOT) + "|"
                + roleDefinitionId.toLowerCase(java.util.Locale.ROOT) + "|" + principalId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static Output<String> definition(Output<String> subscription, String role) {
        return subscription.applyValue(id -> "/subscriptions/" + id + "/providers/Microsoft.Authorization/roleDefinitions/" + role);
    }
}
