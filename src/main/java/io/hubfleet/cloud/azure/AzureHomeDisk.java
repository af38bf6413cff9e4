package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.compute.Disk;
import com.pulumi.azurenative.compute.DiskArgs;
import com.pulumi.azurenative.compute.enums.DiskCreateOption;
import com.pulumi.azurenative.compute.inputs.CreationDataArgs;
import com.pulumi.azurenative.compute.inputs.DiskSkuArgs;
import com.pulumi.azurenative.dataprotection.BackupInstance;
import com.pulumi.azurenative.dataprotection.BackupVault;
import com.pulumi.azurenative.dataprotection.enums.DataStoreTypes;
import com.pulumi.azurenative.dataprotection.enums.StorageSettingStoreTypes;
import com.pulumi.azurenative.dataprotection.enums.StorageSettingTypes;
import com.pulumi.azurenative.dataprotection.inputs.AzureOperationalStoreParametersArgs;
import com.pulumi.azurenative.dataprotection.inputs.DatasourceArgs;
import com.pulumi.azurenative.dataprotection.inputs.DppIdentityDetailsArgs;
import com.pulumi.azurenative.dataprotection.inputs.PolicyInfoArgs;
import com.pulumi.azurenative.dataprotection.inputs.PolicyParametersArgs;
import com.pulumi.azurenative.dataprotection.inputs.StorageSettingArgs;
import com.pulumi.azurenative.resources.Deployment;
import com.pulumi.azurenative.resources.DeploymentArgs;
import com.pulumi.azurenative.resources.enums.DeploymentMode;
import com.pulumi.azurenative.resources.inputs.DeploymentPropertiesArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HomeStorageTier;
import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudNames;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hub's home disk on Azure: a managed disk (StandardSSD_LRS, or Premium_LRS for premium) in the
 * estate's resource group and, on a zonal cluster, in the home zone; protected and retained. The
 * cluster's identity may attach it (Contributor on the disk: AKS documents Contributor on the disk's
 * resource group when the disk lies outside the node resource group, and the disk is all it needs,
 * https://learn.microsoft.com/azure/aks/azure-csi-disk-storage-provision). Backups: Azure Disk Backup,
 * daily incremental snapshots kept in the resource group (operational tier; nothing is copied into the
 * vault) for the retention, by a Backup vault whose identity reads the disk and writes snapshots
 * (https://learn.microsoft.com/azure/backup/disk-backup-overview). The chart cannot make the disk's
 * PersistentVolume on AKS: hubfleet does ({@code disk.csi.azure.com}, XFS).
 */
final class AzureHomeDisk {

    static final String CSI_DRIVER = "disk.csi.azure.com";
    /** Built-in roles: Contributor; and what Azure Disk Backup's vault needs on the disk and the snapshot group. */
    static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    static final String DISK_BACKUP_READER = "3e5e47e6-65f7-47ef-90b5-e5dd4d455f24";
    static final String DISK_SNAPSHOT_CONTRIBUTOR = "7efff54f-a5b4-42b5-a1c5-5411624893ce";
    /** The Data Protection API version the policy's template uses. */
    static final String DATA_PROTECTION_API = "2023-01-01";

    private AzureHomeDisk() {
    }

    static ProvisionedHomeDisk provision(Resource parent, String name, HomeDiskSpec spec, ProviderResource provider, AksHubHost aks) {
        CustomResourceOptions inParent = ChildOptions.in(parent, provider);
        String diskName = CloudNames.fit(aks.clusterName() + "-" + spec.hubName() + "-home", 80);
        DiskArgs.Builder args = DiskArgs.builder()
                .diskName(diskName)
                .resourceGroupName(aks.resourceGroup())
                .location(aks.location())
                .sku(DiskSkuArgs.builder().name(spec.tier() == HomeStorageTier.STANDARD ? "StandardSSD_LRS" : "Premium_LRS")
                        .build())
                .diskSizeGB(spec.capacityGiB())
                .creationData(CreationDataArgs.builder().createOption(DiskCreateOption.Empty).build())
                .tags(Map.of("hubfleet-hub", spec.hubName(), "hubfleet-purpose", "home-directories"));
        aks.homeZone().ifPresent(zone -> args.zones(zone));
        Disk disk = new Disk(name + "-disk", args.build(),
                ChildOptions.of(parent, provider).protect(true).retainOnDelete(true).build());
        new RoleAssignment(name + "-attach", AzureRoles.assignment(disk.id(), AzureRoles.definition(aks.subscriptionId(), CONTRIBUTOR),
                        aks.clusterPrincipalId())
                .principalType("ServicePrincipal")
                .build(), inParent);

        if (spec.backups().isPresent()) {
            backUp(parent, name, diskName, spec.backups().get(), disk, aks, provider);
        }
        return new ProvisionedHomeDisk(disk.id(), Optional.empty(), CSI_DRIVER,
                aks.homeZone().map(zone -> Map.of("topology.kubernetes.io/zone", aks.location() + "-" + zone))
                        .orElse(Map.of()));
    }

    private static void backUp(Resource parent, String name, String diskName, BackupPolicy backups, Disk disk,
                               AksHubHost aks, ProviderResource provider) {
        CustomResourceOptions inParent = ChildOptions.in(parent, provider);
        String vaultName = CloudNames.fit(diskName + "-backups", 50);
        BackupVault vault = new BackupVault(name + "-backups", com.pulumi.azurenative.dataprotection.BackupVaultArgs.builder()
                .vaultName(vaultName)
                .resourceGroupName(aks.resourceGroup())
                .location(aks.location())
                .identity(DppIdentityDetailsArgs.builder().type("SystemAssigned").build())
                .properties(com.pulumi.azurenative.dataprotection.inputs.BackupVaultArgs.builder()
                        .storageSettings(StorageSettingArgs.builder()
                                .datastoreType(StorageSettingStoreTypes.VaultStore)
                                .type(StorageSettingTypes.LocallyRedundant)
                                .build())
                        .build())
                .build(), ChildOptions.of(parent, provider).protect(true).retainOnDelete(true).build());
        Output<String> vaultIdentity = vault.identity().applyValue(identity -> identity.orElseThrow().principalId());
        Output<String> groupId = Output.tuple(aks.subscriptionId(), aks.resourceGroup())
                .applyValue(t -> "/subscriptions/" + t.t1 + "/resourceGroups/" + t.t2);
        RoleAssignment reader = new RoleAssignment(name + "-backups-reader", AzureRoles.assignment(disk.id(), AzureRoles.definition(aks.subscriptionId(), DISK_BACKUP_READER),
                        vaultIdentity)
                .principalType("ServicePrincipal")
                .build(), inParent);
        RoleAssignment snapshots = new RoleAssignment(name + "-backups-snapshots", AzureRoles.assignment(groupId, AzureRoles.definition(aks.subscriptionId(), DISK_SNAPSHOT_CONTRIBUTOR),
                        vaultIdentity)
                .principalType("ServicePrincipal")
                .build(), inParent);

        // The policy goes in as an ARM template: the SDK's typed BackupPolicy cannot read back its own rules
        // (a list of either-typed objects; pulumi/pulumi-java#2266), and fails after creating the policy.
        String policyName = "daily";
        Deployment policy = new Deployment(name + "-backups-policy", DeploymentArgs.builder()
                .deploymentName(CloudNames.fit(vaultName + "-policy", 64))
                .resourceGroupName(aks.resourceGroup())
                .properties(DeploymentPropertiesArgs.builder()
                        .mode(DeploymentMode.Incremental)
                        .template(policyTemplate(vaultName, policyName, backups))
                        .build())
                .build(), ChildOptions.of(parent, provider).dependsOn(vault).build());
        Output<String> policyId = Output.tuple(groupId, policy.name()).applyValue(t -> t.t1
                + "/providers/Microsoft.DataProtection/backupVaults/" + vaultName + "/backupPolicies/" + policyName);
        new BackupInstance(name + "-backups", com.pulumi.azurenative.dataprotection.BackupInstanceArgs.builder()
                .backupInstanceName(diskName)
                .vaultName(vault.name())
                .resourceGroupName(aks.resourceGroup())
                .properties(com.pulumi.azurenative.dataprotection.inputs.BackupInstanceArgs.builder()
                        .objectType("BackupInstance")
                        .friendlyName(diskName)
                        .dataSourceInfo(DatasourceArgs.builder()
                                .objectType("Datasource")
                                .datasourceType("Microsoft.Compute/disks")
                                .resourceType("Microsoft.Compute/disks")
                                .resourceID(disk.id())
                                .resourceUri(disk.id())
                                .resourceName(disk.name())
                                .resourceLocation(aks.location())
                                .build())
                        .policyInfo(PolicyInfoArgs.builder()
                                .policyId(policyId)
                                .policyParameters(PolicyParametersArgs.builder()
                                        .dataStoreParametersList(AzureOperationalStoreParametersArgs.builder()
                                                .objectType("AzureOperationalStoreParameters")
                                                .dataStoreType(DataStoreTypes.OperationalStore)
                                                .resourceGroupId(groupId)
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build(), ChildOptions.of(parent, provider).dependsOn(List.of(reader, snapshots, policy)).build());
    }

    /**
     * A Data Protection backup policy for disks, as an ARM template: a daily incremental snapshot at the
     * configured time (a fixed anchor date keeps plans stable), kept {@code retentionDays} in the
     * operational store (https://learn.microsoft.com/azure/backup/backup-managed-disks-template).
     */
    static Map<String, Object> policyTemplate(String vaultName, String policyName, BackupPolicy backups) {
        Map<String, Object> store = Map.of("dataStoreType", "OperationalStore", "objectType", "DataStoreInfoBase");
        Map<String, Object> backup = new LinkedHashMap<>();
        backup.put("objectType", "AzureBackupRule");
        backup.put("name", "BackupDaily");
        backup.put("backupParameters", Map.of("objectType", "AzureBackupParams", "backupType", "Incremental"));
        backup.put("dataStore", store);
        backup.put("trigger", Map.of(
                "objectType", "ScheduleBasedTriggerContext",
                "schedule", Map.of("repeatingTimeIntervals",
                        List.of("R/2025-01-01T" + backups.timeUtcText() + ":00+00:00/P1D"), "timeZone", "UTC"),
                "taggingCriteria", List.of(Map.of("isDefault", true, "taggingPriority", 99,
                        "tagInfo", Map.of("tagName", "Default")))));
        Map<String, Object> retention = new LinkedHashMap<>();
        retention.put("objectType", "AzureRetentionRule");
        retention.put("name", "Default");
        retention.put("isDefault", true);
        retention.put("lifecycles", List.of(Map.of(
                "sourceDataStore", store,
                "deleteAfter", Map.of("objectType", "AbsoluteDeleteOption",
                        "duration", "P" + backups.retentionDays() + "D"),
                "targetDataStoreCopySettings", List.of())));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "Microsoft.DataProtection/backupVaults/backupPolicies");
        resource.put("apiVersion", DATA_PROTECTION_API);
        resource.put("name", vaultName + "/" + policyName);
        resource.put("properties", Map.of(
                "objectType", "BackupPolicy",
                "datasourceTypes", List.of("Microsoft.Compute/disks"),
                "policyRules", List.of(backup, retention)));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        template.put("contentVersion", "1.0.0.0");
        template.put("resources", List.of(resource));
        return template;
    }
}
