package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleDefinition;
import com.pulumi.azurenative.authorization.RoleDefinitionArgs;
import com.pulumi.azurenative.authorization.inputs.PermissionArgs;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredential;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredentialArgs;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.azurenative.storage.FileServiceProperties;
import com.pulumi.azurenative.storage.FileServicePropertiesArgs;
import com.pulumi.azurenative.storage.FileShare;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.inputs.DeleteRetentionPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.batch.v1.CronJob;
import com.pulumi.kubernetes.batch.v1.CronJobArgs;
import com.pulumi.kubernetes.batch.v1.inputs.CronJobSpecArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobSpecArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.ChildOptions;

import java.util.List;
import java.util.Map;

/**
 * Backups of the NFS home share. Azure Backup does not protect NFS file shares (its support matrix for
 * Azure Files: SMB only, learn.microsoft.com/azure/backup/azure-file-share-support-matrix), so a snapshot
 * of the share is taken daily at the backup time and snapshots older than the retention are deleted
 * (NFS shares support snapshots: learn.microsoft.com/azure/storage/files/storage-snapshots-files). A
 * CronJob in the cluster does it with the Azure CLI, as a workload identity holding a role that reads and
 * snapshots this share only. Snapshots live in the storage account, so they protect against deleted and
 * overwritten files, not against losing the account (which is protected and retained); share soft delete
 * keeps a deleted share, and its snapshots, for the retention.
 */
final class AzureShareSnapshots {

    static final String NAMESPACE = "hubfleet-backups";
    static final String SERVICE_ACCOUNT = "home-snapshots";
    /** The Azure CLI image, pinned (mcr.microsoft.com/azure-cli, Azure Linux based: GNU date). */
    static final String IMAGE = "mcr.microsoft.com/azure-cli:2.67.0";
    /** Azure Files keeps at most 200 snapshots of a share. */
    static final int MAX_SNAPSHOTS = 200;
    /** Read the share, create and delete its snapshots (ARM: a snapshot is a PUT or DELETE of the share). */
    static final List<String> ACTIONS = List.of(
            "Microsoft.Storage/storageAccounts/fileServices/shares/read",
            "Microsoft.Storage/storageAccounts/fileServices/shares/write",
            "Microsoft.Storage/storageAccounts/fileServices/shares/delete");

    private AzureShareSnapshots() {
    }

    static void schedule(Resource component, String name, AksCluster aks, StorageAccount storage, String accountName,
                         FileShare share, BackupPolicy backups, com.pulumi.resources.ProviderResource kubernetes) {
        AzureAccount account = aks.account();
        CustomResourceOptions inAccount = ChildOptions.in(component, account.provider());
        // A deleted share, with its snapshots, stays recoverable for the retention.
        new FileServiceProperties(name + "-soft-delete", FileServicePropertiesArgs.builder()
                .accountName(storage.name())
                .resourceGroupName(account.resourceGroupName())
                .fileServicesName("default")
                .shareDeleteRetentionPolicy(DeleteRetentionPolicyArgs.builder()
                        .enabled(true).days(Math.min(365, backups.retentionDays())).build())
                .build(), inAccount);

        UserAssignedIdentity identity = new UserAssignedIdentity(name + "-snapshots", UserAssignedIdentityArgs.builder()
                .resourceName(aks.clusterName() + "-home-snapshots")
                .resourceGroupName(account.resourceGroupName())
                .location(account.location())
                .build(), inAccount);
        new FederatedIdentityCredential(name + "-snapshots", FederatedIdentityCredentialArgs.builder()
                .federatedIdentityCredentialResourceName(SERVICE_ACCOUNT)
                .resourceName(identity.name())
                .resourceGroupName(account.resourceGroupName())
                .issuer(aks.issuerUrl())
                .subject("system:serviceaccount:" + NAMESPACE + ":" + SERVICE_ACCOUNT)
                .audiences("api://AzureADTokenExchange")
                .build(), inAccount);
        Output<String> subscription = account.accountId();
        RoleDefinition role = new RoleDefinition(name + "-snapshots", RoleDefinitionArgs.builder()
                .roleDefinitionId(share.id().applyValue(id -> AzureRoles.assignmentName(id, "hubfleet-home-snapshots", "")))
                .roleName(aks.clusterName() + " home share snapshots")
                .description("Read the home share, and create and delete its snapshots")
                .roleType("CustomRole")
                .scope(share.id())
                .assignableScopes(share.id().applyValue(List::of))
                .permissions(PermissionArgs.builder().actions(ACTIONS).build())
                .build(), inAccount);
        new RoleAssignment(name + "-snapshots", AzureRoles.assignment(share.id(), role.id(), identity.principalId())
                .principalType("ServicePrincipal")
                .build(), inAccount);

        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(component).provider(kubernetes).build();
        Namespace namespace = new Namespace(name + "-snapshots", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAMESPACE).build()).build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().parent(component).provider(kubernetes)
                .dependsOn(namespace).build();
        new ServiceAccount(name + "-snapshots", ServiceAccountArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SERVICE_ACCOUNT).namespace(NAMESPACE)
                        .annotations(identity.clientId().applyValue(id -> Map.of("azure.workload.identity/client-id", id)))
                        .build())
                .build(), inNamespace);
        String[] time = backups.timeUtcText().split(":");
        new CronJob(name + "-snapshots", CronJobArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SERVICE_ACCOUNT).namespace(NAMESPACE).build())
                .spec(CronJobSpecArgs.builder()
                        .schedule(Integer.parseInt(time[1]) + " " + Integer.parseInt(time[0]) + " * * *")
                        .timeZone("Etc/UTC")
                        .concurrencyPolicy("Forbid")
                        .successfulJobsHistoryLimit(3)
                        .failedJobsHistoryLimit(3)
                        .jobTemplate(JobTemplateSpecArgs.builder().spec(JobSpecArgs.builder()
                                .backoffLimit(2)
                                .template(PodTemplateSpecArgs.builder()
                                        .metadata(ObjectMetaArgs.builder()
                                                .labels(Map.of("azure.workload.identity/use", "true")).build())
                                        .spec(PodSpecArgs.builder()
                                                .serviceAccountName(SERVICE_ACCOUNT)
                                                .restartPolicy("OnFailure")
                                                .nodeSelector(Map.of("hub.jupyter.org/node-purpose", "core"))
                                                .containers(ContainerArgs.builder()
                                                        .name("snapshot")
                                                        .image(IMAGE)
                                                        .command("bash", "-c", script())
                                                        .env(List.of(
                                                                env("SUBSCRIPTION", subscription),
                                                                env("GROUP", account.resourceGroupName()),
                                                                env("ACCOUNT", Output.of(accountName)),
                                                                env("SHARE", share.name()),
                                                                env("RETENTION_DAYS", Output.of(String.valueOf(backups.retentionDays())))))
                                                        .resources(ResourceRequirementsArgs.builder()
                                                                .requests(Map.of("cpu", "50m", "memory", "256Mi"))
                                                                .limits(Map.of("memory", "512Mi")).build())
                                                        .build())
                                                .build())
                                        .build())
                                .build()).build())
                        .build())
                .build(), inNamespace);
    }

    private static EnvVarArgs env(String name, Output<String> value) {
        return EnvVarArgs.builder().name(name).value(value).build();
    }

    /**
     * Sign in as the workload identity (the webhook mounts its token), snapshot the share, delete the
     * snapshots this job made that are older than the retention; a snapshot made by hand is kept.
     */
    static String script() {
        return String.join("\n",
                "set -euo pipefail",
                "az login --service-principal -u \"$AZURE_CLIENT_ID\" -t \"$AZURE_TENANT_ID\" "
                        + "--federated-token \"$(cat \"$AZURE_FEDERATED_TOKEN_FILE\")\" --allow-no-subscriptions >/dev/null",
                "az storage share-rm snapshot --subscription \"$SUBSCRIPTION\" -g \"$GROUP\" --storage-account \"$ACCOUNT\" "
                        + "--name \"$SHARE\" --metadata created-by=hubfleet -o none",
                "cutoff=\"$(date -u -d \"@$(( $(date +%s) - RETENTION_DAYS * 86400 ))\" +%Y-%m-%dT%H:%M:%S)\"",
                "az storage share-rm list --subscription \"$SUBSCRIPTION\" -g \"$GROUP\" --storage-account \"$ACCOUNT\" "
                        + "--include-snapshot --query \"[?name=='$SHARE' && snapshotTime && metadata.\\\"created-by\\\"=='hubfleet' "
                        + "&& snapshotTime < '$cutoff'].snapshotTime\" -o tsv |",
                "while read -r snapshot; do",
                "  az storage share-rm delete --subscription \"$SUBSCRIPTION\" -g \"$GROUP\" --storage-account \"$ACCOUNT\" "
                        + "--name \"$SHARE\" --snapshot \"$snapshot\" --yes -o none",
                "done",
                "");
    }
}
