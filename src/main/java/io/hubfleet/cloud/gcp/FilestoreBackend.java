package io.hubfleet.cloud.gcp;

import io.hubfleet.cloud.HomeStorageTier;
import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.ManagedHomeSpec;
import io.hubfleet.cloud.NfsMountOptions;
import com.pulumi.core.Output;
import com.pulumi.gcp.cloudscheduler.Job;
import com.pulumi.gcp.cloudscheduler.JobArgs;
import com.pulumi.gcp.cloudscheduler.inputs.JobHttpTargetArgs;
import com.pulumi.gcp.cloudscheduler.inputs.JobHttpTargetOauthTokenArgs;
import com.pulumi.gcp.filestore.Instance;
import com.pulumi.gcp.filestore.InstanceArgs;
import com.pulumi.gcp.filestore.inputs.InstanceFileSharesArgs;
import com.pulumi.gcp.filestore.inputs.InstanceFileSharesNfsExportOptionArgs;
import com.pulumi.gcp.filestore.inputs.InstanceNetworkArgs;
import com.pulumi.gcp.projects.IAMCustomRole;
import com.pulumi.gcp.projects.IAMCustomRoleArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.workflows.Workflow;
import com.pulumi.gcp.workflows.WorkflowArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedHomeStorage;
import com.pulumi.resources.Resource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * GCP home storage. Managed: Filestore on the cluster's VPC: a BASIC instance (standard: BASIC_HDD, premium: BASIC_SSD) in the
 * cluster's zone, one share exported read-write only to the nodes' subnet (pods cannot mount it: their
 * addresses are outside the export), protected and retained. Backups: a dedicated service account, a
 * Cloud Workflows program that makes a backup and prunes expired ones, and a daily Cloud Scheduler job.
 * Disks: {@link GcpHomeDisk}.
 */
final class FilestoreBackend {

    static final String SHARE = "homes";
    /**
     * What the backup workflow calls (FilestoreBackupWorkflow: backups.create, list, delete, and the long-
     * running operation of create), and reading the instance it backs up.
     */
    static final List<String> BACKUP_PERMISSIONS = List.of("file.backups.create", "file.backups.delete",
            "file.backups.get", "file.backups.list", "file.instances.get", "file.operations.get");
    static final String BACKUP_ROLE_PREFIX = "hubfleetFilestoreBackups_";
    /**
     * Hard, as for every managed service (components/NfsMountOptions); BASIC tiers speak NFSv3, which the
     * client negotiates (cloud.google.com/filestore/docs/mounting-fileshares).
     */
    static final List<String> MOUNT_OPTIONS = NfsMountOptions.managed(List.of("noatime"));
    public ProvisionedHomeStorage provision(Resource component, String name, ManagedHomeSpec args, GkeCluster gke,
                                            ProviderResource kubernetes) {
        ProviderResource provider = gke.account().provider();
        String zone = gke.account().spec().requireZone();
        String region = gke.account().spec().region();
        String instanceId = gke.spec().clusterName() + "-home";

        Instance instance = new Instance(name, InstanceArgs.builder()
                .name(instanceId)
                .location(zone)
                .tier(args.tier() == HomeStorageTier.STANDARD ? "BASIC_HDD" : "BASIC_SSD")
                .description("hubfleet home directories of cluster " + gke.spec().clusterName())
                .fileShares(InstanceFileSharesArgs.builder()
                        .name(SHARE)
                        .capacityGb(args.capacityGiB())
                        .nfsExportOptions(InstanceFileSharesNfsExportOptionArgs.builder()
                                .ipRanges(gke.spec().network().nodes().toString())
                                .accessMode("READ_WRITE")
                                // Root on the nodes sets each hub's directory ownership.
                                .squashMode("NO_ROOT_SQUASH")
                                .build())
                        .build())
                .networks(InstanceNetworkArgs.builder()
                        .network(gke.network().name())
                        .modes("MODE_IPV4")
                        .connectMode("DIRECT_PEERING")
                        .build())
                .build(), ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build());

        if (args.backups().isPresent()) {
            scheduleBackups(component, name, args.backups().get(), provider, gke.account().spec().requireId(), region,
                    zone, instanceId, instance);
        }

        Output<String> server = instance.networks().applyValue(networks -> networks.get(0).ipAddresses().get(0));
        return new ProvisionedHomeStorage(server, "/" + SHARE, MOUNT_OPTIONS);
    }

    private static void scheduleBackups(Resource component, String name, BackupPolicy backups,
                                        ProviderResource provider, String project, String region, String zone,
                                        String instanceId, Instance instance) {
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        Account account = new Account(name + "-backups", AccountArgs.builder()
                .accountId(GcpNames.serviceAccountId(instanceId + "-backups"))
                .displayName("hubfleet backups of Filestore " + instanceId)
                .build(), inComponent);
        Output<String> member = account.email().applyValue(email -> "serviceAccount:" + email);
        // Make, list and prune backups, and follow their operations: nothing else. roles/file.editor would
        // also let it delete the home instance itself (cloud.google.com/filestore/docs/access-control).
        IAMCustomRole backupRole = new IAMCustomRole(name + "-backups", IAMCustomRoleArgs.builder()
                .project(project)
                .roleId(BACKUP_ROLE_PREFIX + GcpNames.shortHash(instanceId))
                .title("hubfleet backups of Filestore " + instanceId)
                .description("Create, list and delete backups of one Filestore instance's share")
                .permissions(BACKUP_PERMISSIONS)
                .build(), inComponent);
        new IAMMember(name + "-backups-backups", IAMMemberArgs.builder().project(project).role(backupRole.name())
                .member(member).build(), inComponent);
        // Start the workflow (Cloud Scheduler runs as this account); write the workflow's logs.
        for (String role : List.of("roles/workflows.invoker", "roles/logging.logWriter")) {
            new IAMMember(name + "-backups-" + role.substring(role.indexOf('/') + 1).replace('.', '-'),
                    IAMMemberArgs.builder().project(project).role(role).member(member).build(), inComponent);
        }
        FilestoreBackupWorkflow program = new FilestoreBackupWorkflow(project, region, zone, instanceId,
                SHARE, backups.retentionDays());
        Workflow workflow = new Workflow(name + "-backup", WorkflowArgs.builder()
                .name(instanceId + "-backup")
                .region(region)
                .description("Daily backup of Filestore " + instanceId + ", keeping " + backups.retentionDays() + " days")
                .serviceAccount(account.email())
                .sourceContents(program.source())
                .build(), ChildOptions.of(component, provider).dependsOn(instance).build());
        new Job(name + "-backup", JobArgs.builder()
                .name(instanceId + "-backup")
                .region(region)
                .description("Starts the daily backup of Filestore " + instanceId)
                .schedule(backups.dailyAtUtc().getMinute() + " " + backups.dailyAtUtc().getHour() + " * * *")
                .timeZone("Etc/UTC")
                .attemptDeadline("320s")
                .httpTarget(JobHttpTargetArgs.builder()
                        .httpMethod("POST")
                        .uri(workflow.name().applyValue(workflowName -> "https://workflowexecutions.googleapis.com/v1/"
                                + "projects/" + project + "/locations/" + region + "/workflows/" + workflowName
                                + "/executions"))
                        // The provider takes the body base64-encoded; the workflow needs no argument.
                        .body(Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8)))
                        .headers(Map.of("Content-Type", "application/json"))
                        .oauthToken(JobHttpTargetOauthTokenArgs.builder()
                                .serviceAccountEmail(account.email())
                                .scope("https://www.googleapis.com/auth/cloud-platform")
                                .build())
                        .build())
                .build(), inComponent);
    }
}
