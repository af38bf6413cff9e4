package io.hubfleet.cloud.aws;

import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.ManagedHomeSpec;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.NfsMountOptions;
import com.pulumi.aws.backup.Plan;
import com.pulumi.aws.backup.PlanArgs;
import com.pulumi.aws.backup.Selection;
import com.pulumi.aws.backup.SelectionArgs;
import com.pulumi.aws.backup.Vault;
import com.pulumi.aws.backup.VaultArgs;
import com.pulumi.aws.backup.inputs.PlanRuleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleLifecycleArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.efs.FileSystem;
import com.pulumi.aws.efs.FileSystemArgs;
import com.pulumi.aws.efs.MountTarget;
import com.pulumi.aws.efs.MountTargetArgs;
import com.pulumi.aws.efs.inputs.FileSystemLifecyclePolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedHomeStorage;

import java.util.List;
import java.util.Map;

/**
 * EFS for home directories: encrypted, elastic throughput (it grows with its data, so capacity is not
 * provisioned), files not read for 30 days move to infrequent access; a mount target in each private
 * subnet behind a security group that admits NFS from the cluster's nodes only; protected and retained.
 * Backups: an AWS Backup vault (retained), a daily plan with the configured retention and a selection
 * of the file system.
 */
final class EfsBackend {

    /**
     * Hard (components/NfsMountOptions), with the rest of EFS's recommended options: NFS 4.1, 1 MiB blocks,
     * a new source port on reconnect (docs.aws.amazon.com/efs/latest/ug/mounting-fs-nfs-mount-settings.html).
     */
    static final List<String> MOUNT_OPTIONS = NfsMountOptions.managed(List.of("nfsvers=4.1", "rsize=1048576",
            "wsize=1048576", "noresvport"));
    static final int NFS_PORT = 2049;
    public ProvisionedHomeStorage provision(Resource component, String name, ManagedHomeSpec args, EksCluster eks,
                                            ProviderResource kubernetes) {
        ProviderResource provider = eks.account().provider();
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        String clusterName = eks.clusterName();

        FileSystem fileSystem = new FileSystem(name, FileSystemArgs.builder()
                .encrypted(true)
                .performanceMode("generalPurpose")
                .throughputMode("elastic")
                .lifecyclePolicies(List.of(
                        FileSystemLifecyclePolicyArgs.builder().transitionToIa("AFTER_30_DAYS").build(),
                        FileSystemLifecyclePolicyArgs.builder().transitionToPrimaryStorageClass("AFTER_1_ACCESS").build()))
                .tags(Map.of("Name", clusterName + "-home"))
                .build(), ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build());

        SecurityGroup nfs = new SecurityGroup(name + "-nfs", SecurityGroupArgs.builder()
                .description("NFS to the home directories of " + clusterName + ", from its nodes only")
                .vpcId(eks.network().vpc().id())
                .ingress(SecurityGroupIngressArgs.builder()
                        .description("NFS from the cluster's nodes")
                        .protocol("tcp")
                        .fromPort(NFS_PORT)
                        .toPort(NFS_PORT)
                        .securityGroups(eks.clusterSecurityGroupId().applyValue(List::of))
                        .build())
                .tags(Map.of("Name", clusterName + "-nfs"))
                .build(), inComponent);
        for (int i = 0; i < eks.network().zones().size(); i++) {
            new MountTarget(name + "-" + eks.network().zones().get(i), MountTargetArgs.builder()
                    .fileSystemId(fileSystem.id())
                    .subnetId(eks.network().privateSubnets().get(i).id())
                    .securityGroups(nfs.id().applyValue(List::of))
                    .build(), inComponent);
        }

        if (args.backups().isPresent()) {
            scheduleBackups(component, name, clusterName, args.backups().get(), fileSystem, provider);
        }
        return new ProvisionedHomeStorage(fileSystem.dnsName(), "/", MOUNT_OPTIONS);
    }

    private static void scheduleBackups(Resource component, String name, String clusterName, BackupPolicy backups,
                                        FileSystem fileSystem, ProviderResource provider) {
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        // The vault holds the backups: kept like the data itself.
        Vault vault = new Vault(name + "-backups", VaultArgs.builder()
                .name(clusterName + "-home")
                .forceDestroy(false)
                .build(), ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build());
        Plan plan = new Plan(name + "-backups", PlanArgs.builder()
                .name(clusterName + "-home-daily")
                .rules(PlanRuleArgs.builder()
                        .ruleName("daily")
                        .targetVaultName(vault.name())
                        .schedule("cron(" + backups.dailyAtUtc().getMinute() + " " + backups.dailyAtUtc().getHour() + " * * ? *)")
                        .scheduleExpressionTimezone("Etc/UTC")
                        .lifecycle(PlanRuleLifecycleArgs.builder().deleteAfter(backups.retentionDays()).build())
                        .build())
                .build(), inComponent);
        Role role = new Role(name + "-backups", RoleArgs.builder()
                .assumeRolePolicy(IamDocuments.serviceTrust("backup.amazonaws.com"))
                .description("AWS Backup of the home directories of " + clusterName)
                .build(), inComponent);
        for (String policy : List.of("arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
                "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores")) {
            new RolePolicyAttachment(name + "-backups-" + policy.substring(policy.lastIndexOf("For") + 3).toLowerCase(java.util.Locale.ROOT),
                    RolePolicyAttachmentArgs.builder().role(role.name()).policyArn(policy).build(), inComponent);
        }
        new Selection(name + "-backups", SelectionArgs.builder()
                .name(clusterName + "-home")
                .planId(plan.id())
                .iamRoleArn(role.arn())
                .resources(fileSystem.arn().applyValue(List::of))
                .build(), inComponent);
    }
}
