package io.hubfleet.cloud.azure;

import io.hubfleet.cloud.ManagedHomeSpec;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.NfsMountOptions;
import com.pulumi.azurenative.storage.FileShare;
import com.pulumi.azurenative.storage.FileShareArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.enums.DefaultAction;
import com.pulumi.azurenative.storage.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.storage.inputs.VirtualNetworkRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedHomeStorage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Azure Files over NFS 4.1 for home directories: a premium FileStorage account (NFS needs premium and
 * plain-text transport, which the network rules confine to the cluster: only the node subnet, through
 * its service endpoint, reaches it), one share with the configured quota and no root squash; account and
 * share protected and retained. Backups: daily snapshots of the share, kept the configured days, made
 * by a CronJob in the cluster (Azure Backup does not protect NFS shares: docs/data-safety.md).
 */
final class AzureFilesBackend {

    static final String SHARE = "homes";
    /**
     * Hard (components/NfsMountOptions), NFS 4.1 with several connections, as Azure Files documents for NFS
     * shares (learn.microsoft.com/azure/storage/files/storage-files-how-to-mount-nfs-shares).
     */
    static final List<String> MOUNT_OPTIONS = NfsMountOptions.managed(List.of("vers=4", "minorversion=1", "sec=sys",
            "nconnect=4"));
    public ProvisionedHomeStorage provision(Resource component, String name, ManagedHomeSpec args, AksCluster aks,
                                            ProviderResource kubernetes) {
        AzureAccount account = aks.account();
        ProviderResource provider = account.provider();
        CustomResourceOptions kept = ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build();
        String accountName = AzureNames.storageAccount(aks.account().spec().namingSeed(), aks.clusterName(), "home");

        StorageAccount storage = new StorageAccount(name, StorageAccountArgs.builder()
                .accountName(accountName)
                .resourceGroupName(account.resourceGroupName())
                .location(account.location())
                .kind("FileStorage")
                .sku(com.pulumi.azurenative.storage.inputs.SkuArgs.builder().name("Premium_LRS").build())
                // NFS carries no TLS; the network rules keep it inside the cluster's subnet.
                .enableHttpsTrafficOnly(false)
                .allowBlobPublicAccess(false)
                .minimumTlsVersion("TLS1_2")
                .publicNetworkAccess("Enabled")
                .networkRuleSet(NetworkRuleSetArgs.builder()
                        .defaultAction(DefaultAction.Deny)
                        .bypass("AzureServices")
                        .virtualNetworkRules(VirtualNetworkRuleArgs.builder()
                                .virtualNetworkResourceId(aks.nodeSubnet().id()).build())
                        .build())
                .build(), kept);
        FileShare share = new FileShare(name + "-" + SHARE, FileShareArgs.builder()
                .shareName(SHARE)
                .accountName(storage.name())
                .resourceGroupName(account.resourceGroupName())
                .enabledProtocols("NFS")
                // Root on the nodes sets each hub's directory ownership.
                .rootSquash("NoRootSquash")
                .shareQuota(args.capacityGiB())
                .build(), kept);

        if (args.backups().isPresent()) {
            AzureShareSnapshots.schedule(component, name, aks, storage, accountName, share, args.backups().get(),
                    kubernetes);
        }
        return new ProvisionedHomeStorage(Output.of(accountName + ".file.core.windows.net"),
                "/" + accountName + "/" + SHARE, MOUNT_OPTIONS);
    }
}
