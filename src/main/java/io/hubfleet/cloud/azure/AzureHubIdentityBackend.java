package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredential;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredentialArgs;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.azurenative.storage.BlobContainer;
import com.pulumi.azurenative.storage.BlobContainerArgs;
import com.pulumi.azurenative.storage.ManagementPolicy;
import com.pulumi.azurenative.storage.ManagementPolicyArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.enums.DefaultAction;
import com.pulumi.azurenative.storage.enums.PublicAccess;
import com.pulumi.azurenative.storage.inputs.DateAfterModificationArgs;
import com.pulumi.azurenative.storage.inputs.ManagementPolicyActionArgs;
import com.pulumi.azurenative.storage.inputs.ManagementPolicyBaseBlobArgs;
import com.pulumi.azurenative.storage.inputs.ManagementPolicyDefinitionArgs;
import com.pulumi.azurenative.storage.inputs.ManagementPolicyFilterArgs;
import com.pulumi.azurenative.storage.inputs.ManagementPolicyRuleArgs;
import com.pulumi.azurenative.storage.inputs.ManagementPolicySchemaArgs;
import com.pulumi.azurenative.storage.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.azurenative.storage.inputs.VirtualNetworkRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.DataAccess;
import io.hubfleet.cloud.DataGrant;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hub on Azure: its own storage account (ADLS Gen2, so {@code abfs://}) with a scratch container
 * whose blobs are deleted after the expiry and optionally a persistent container; no public access, no
 * shared keys (Entra ID only), reachable only from the cluster's subnet. A user-assigned managed
 * identity with a federated credential for exactly the hub's user service account, granted blob data
 * access on each of the hub's containers only.
 */
final class AzureHubIdentityBackend {

    static final String SCRATCH = "scratch";
    static final String PERSISTENT = "persistent";
    static final String TOKEN_AUDIENCE = "api://AzureADTokenExchange";
    public HubIdentity provision(Resource component, String name, HubIdentitySpec spec, ProviderResource provider, AksHubHost aks) {
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        Output<String> subscription = aks.subscriptionId();
        Output<String> resourceGroup = aks.resourceGroup();
        String accountName = AzureNames.storageAccount(aks.namingSeed(), aks.clusterName(), spec.hubName());

        // A persistent container makes the account hold kept data: then it is kept too.
        StorageAccount storage = new StorageAccount(name + "-storage", StorageAccountArgs.builder()
                .accountName(accountName)
                .resourceGroupName(resourceGroup)
                .location(aks.location())
                .kind("StorageV2")
                .sku(SkuArgs.builder().name("Standard_LRS").build())
                .isHnsEnabled(true)
                .allowBlobPublicAccess(false)
                .allowSharedKeyAccess(false)
                .defaultToOAuthAuthentication(true)
                .enableHttpsTrafficOnly(true)
                .minimumTlsVersion("TLS1_2")
                .publicNetworkAccess("Enabled")
                .networkRuleSet(NetworkRuleSetArgs.builder()
                        .defaultAction(DefaultAction.Deny)
                        .bypass("AzureServices")
                        .virtualNetworkRules(VirtualNetworkRuleArgs.builder()
                                .virtualNetworkResourceId(aks.nodeSubnetId()).build())
                        .build())
                .build(), ChildOptions.of(component, provider)
                // Always kept: a persistent container may be in it, and turning persistentBucket off must not
                // unprotect the account still holding the kept container (a later removal would delete it).
                .protect(true).retainOnDelete(true).build());

        BlobContainer scratch = container(name + "-scratch", SCRATCH, storage, resourceGroup, inComponent);
        new ManagementPolicy(name + "-scratch", ManagementPolicyArgs.builder()
                .managementPolicyName("default")
                .accountName(storage.name())
                .resourceGroupName(resourceGroup)
                .policy(ManagementPolicySchemaArgs.builder().rules(ManagementPolicyRuleArgs.builder()
                        .name("expire-scratch")
                        .enabled(true)
                        .type("Lifecycle")
                        .definition(ManagementPolicyDefinitionArgs.builder()
                                .filters(ManagementPolicyFilterArgs.builder()
                                        .blobTypes("blockBlob")
                                        .prefixMatch(SCRATCH + "/")
                                        .build())
                                .actions(ManagementPolicyActionArgs.builder()
                                        .baseBlob(ManagementPolicyBaseBlobArgs.builder()
                                                .delete(DateAfterModificationArgs.builder()
                                                        .daysAfterModificationGreaterThan((double) spec.scratchExpiryDays())
                                                        .build())
                                                .build())
                                        .build())
                                .build())
                        .build()).build())
                .build(), inComponent);

        UserAssignedIdentity identity = new UserAssignedIdentity(name + "-users", UserAssignedIdentityArgs.builder()
                .resourceName(aks.clusterName() + "-" + spec.hubName() + "-users")
                .resourceGroupName(resourceGroup)
                .location(aks.location())
                .build(), inComponent);
        new FederatedIdentityCredential(name + "-workload-identity", FederatedIdentityCredentialArgs.builder()
                .federatedIdentityCredentialResourceName(spec.hubName() + "-user-sa")
                .resourceName(identity.name())
                .resourceGroupName(resourceGroup)
                .issuer(aks.issuerUrl())
                .subject("system:serviceaccount:" + spec.namespace() + ":" + spec.serviceAccountName())
                .audiences(TOKEN_AUDIENCE)
                .build(), inComponent);
        grant(name + "-scratch-users", scratch, identity, subscription, inComponent);

        Optional<Output<String>> persistentUrl = Optional.empty();
        if (spec.persistentBucket()) {
            BlobContainer persistent = container(name + "-persistent", PERSISTENT, storage, resourceGroup,
                    ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build());
            grant(name + "-persistent-users", persistent, identity, subscription, inComponent);
            persistentUrl = Optional.of(Output.of(abfs(PERSISTENT, accountName)));
        }

        grantData(name, spec, identity, inComponent);

        return new HubIdentity(
                identity.clientId().applyValue(clientId -> Map.of("azure.workload.identity/client-id", clientId)),
                Map.of(),
                // The workload identity webhook injects tokens into pods that carry this label.
                Map.of("azure.workload.identity/use", "true"),
                Output.of(abfs(SCRATCH, accountName)),
                persistentUrl);
    }

    /** The container's ADLS Gen2 URL, as fsspec's adlfs and Hadoop read it. */
    static String abfs(String container, String accountName) {
        return "abfs://" + container + "@" + accountName + ".dfs.core.windows.net";
    }

    private static BlobContainer container(String resourceName, String containerName, StorageAccount storage,
                                           Output<String> resourceGroup, CustomResourceOptions options) {
        return new BlobContainer(resourceName, BlobContainerArgs.builder()
                .containerName(containerName)
                .accountName(storage.name())
                .resourceGroupName(resourceGroup)
                .publicAccess(PublicAccess.None)
                .build(), options);
    }

    /**
     * Storage accounts (or one container of each) the hub does not own: a role assignment for the hub's
     * identity at exactly that scope, Storage Blob Data Reader or Contributor (data-plane roles: neither
     * manages the account, its keys or its access). The role definition is named under the account's own
     * subscription, where the assignment lives. Deploying needs Microsoft.Authorization/roleAssignments/write
     * there (Owner, User Access Administrator or Role Based Access Control Administrator on the scope).
     * Removing a grant removes the assignment only, never the account or its data.
     */
    private static void grantData(String name, HubIdentitySpec spec, UserAssignedIdentity identity,
                                  CustomResourceOptions options) {
        List<DataGrant.StorageAccount> grants = spec.storageAccountGrants();
        if (grants.size() != spec.dataGrants().size()) {
            throw new IllegalArgumentException("Azure grants storage accounts only, not " + spec.dataGrants());
        }
        for (DataGrant.StorageAccount grant : grants) {
            new RoleAssignment(name + "-data-" + grant.accountName() + grant.container().map(c -> "-" + c).orElse(""),
                    AzureRoles.assignment(Output.of(grant.scope()),
                                    AzureRoles.definition(Output.of(grant.subscription()), role(grant.access())),
                                    identity.principalId())
                            .principalType("ServicePrincipal")
                            .build(), options);
        }
    }

    /** The built-in role of an access level. */
    static String role(DataAccess access) {
        return switch (access) {
            case READ -> AzureRoles.STORAGE_BLOB_DATA_READER;
            case READ_WRITE -> AzureRoles.STORAGE_BLOB_DATA_CONTRIBUTOR;
        };
    }

    /** Blob data access on one container, nothing above it. */
    private static void grant(String name, BlobContainer container, UserAssignedIdentity identity, Output<String> subscription,
                              CustomResourceOptions options) {
        new RoleAssignment(name, AzureRoles.assignment(container.id(), AzureRoles.definition(subscription, AzureRoles.STORAGE_BLOB_DATA_CONTRIBUTOR),
                        identity.principalId())
                .principalType("ServicePrincipal")
                .build(), options);
    }

}
