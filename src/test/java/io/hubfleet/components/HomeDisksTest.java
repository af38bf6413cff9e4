package io.hubfleet.components;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Homes on disks (the default): each hub's own cloud disk, protected, retained and snapshotted daily,
 * served by an in-cluster NFS server with per-user quotas in a privileged namespace of its own, and
 * mounted by the hub's pods at the server's cluster IP. On GCP, AWS and Azure.
 */
class HomeDisksTest {

    private static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    private static Plan gcp;
    private static Plan aws;
    private static Plan azure;

    @BeforeAll
    static void plan() {
        gcp = Stacks.plan(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB);
        aws = Stacks.plan(Stacks.AWS_WITH_HUB);
        azure = Stacks.plan(Stacks.AZURE_WITH_HUB.replace("\"1.35\"}", "\"1.35\", zones: [\"2\", \"3\"]}"));
    }

    @Test
    void eachHubHasItsOwnHomeStorageComponentAndNoSharedFileServiceExists() {
        for (String hub : List.of("alpha", "beta")) {
            PlanResource storage = gcp.get("hubfleet:index:Filestore", hub + "-home");
            assertParent(gcp, storage, Hub.TYPE, hub);
        }
        assertThat(gcp.ofType("gcp:filestore/instance:Instance")).isEmpty();
        assertThat(aws.ofType("aws:efs/fileSystem:FileSystem")).isEmpty();
        assertThat(azure.ofType("azure-native:storage:FileShare")).isEmpty();
    }

    @Test
    void onGcpTheDiskIsAZonalBalancedPdKeptAndSnapshottedDaily() {
        PlanResource disk = gcp.get("gcp:compute/disk:Disk", "alpha-home-disk");
        assertParent(gcp, disk, Filestore.TYPE, "alpha-home");
        assertThat(disk.protect()).isTrue();
        assertThat(disk.retainOnDelete()).isTrue();
        assertThat(disk.input("/type").asText()).isEqualTo("pd-balanced");
        assertThat(disk.input("/size").asInt()).isEqualTo(50);
        assertThat(disk.input("/zone").asText()).isEqualTo("us-central1-b");
        assertThat(disk.provider()).endsWith("::test");

        PlanResource policy = gcp.get("gcp:compute/resourcePolicy:ResourcePolicy", "alpha-home-snapshots");
        JsonNode snapshots = policy.input("/snapshotSchedulePolicy");
        assertThat(snapshots.at("/schedule/dailySchedule/startTime").asText()).isEqualTo("03:00");
        assertThat(snapshots.at("/schedule/dailySchedule/daysInCycle").asInt()).isEqualTo(1);
        assertThat(snapshots.at("/retentionPolicy/maxRetentionDays").asInt()).isEqualTo(14);
        assertThat(snapshots.at("/retentionPolicy/onSourceDiskDelete").asText()).isEqualTo("KEEP_AUTO_SNAPSHOTS");
        assertThat(snapshots.at("/snapshotProperties/storageLocations").asText()).isEqualTo("us-central1");
        assertThat(policy.input("/region").asText()).isEqualTo("us-central1");
        PlanResource attachment = gcp.get("gcp:compute/diskResourcePolicyAttachment:DiskResourcePolicyAttachment",
                "alpha-home-snapshots");
        // The attachment must name the policy (else the provider invents a name and the attach fails).
        assertThat(attachment.input("/name").asText()).isEqualTo(policy.input("/name").asText());
        assertThat(attachment.input("/disk").asText()).isEqualTo(disk.input("/name").asText());
        assertThat(attachment.deleteBeforeReplace()).isTrue();
    }

    @Test
    void aChangedScheduleIsANewPolicyName() {
        Plan other = Stacks.plan(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {backups: {timeUtc: \"05:00\"}}\n");
        assertThat(other.get("gcp:compute/resourcePolicy:ResourcePolicy", "alpha-home-snapshots").input("/name").asText())
                .isNotEqualTo(gcp.get("gcp:compute/resourcePolicy:ResourcePolicy", "alpha-home-snapshots")
                        .input("/name").asText());
    }

    @Test
    void onAwsTheDiskIsAnEncryptedGp3VolumeInTheHomeZoneWithDailyDlmSnapshots() {
        PlanResource volume = aws.get("aws:ebs/volume:Volume", "alpha-home-disk");
        assertThat(volume.protect() && volume.retainOnDelete()).isTrue();
        assertThat(volume.input("/type").asText()).isEqualTo("gp3");
        assertThat(volume.input("/encrypted").asBoolean()).isTrue();
        assertThat(volume.input("/availabilityZone").asText()).isEqualTo("us-west-2a");
        String tag = volume.input("/tags/hubfleet:home-disk").asText();
        assertThat(tag).isEqualTo("test-alpha-home");

        PlanResource policy = aws.get("aws:dlm/lifecyclePolicy:LifecyclePolicy", "alpha-home-snapshots");
        JsonNode details = policy.input("/policyDetails");
        assertThat(details.at("/resourceTypes/0").asText()).isEqualTo("VOLUME");
        assertThat(details.at("/targetTags/hubfleet:home-disk").asText()).isEqualTo(tag);
        assertThat(details.at("/schedules/0/createRule/interval").asInt()).isEqualTo(24);
        assertThat(details.at("/schedules/0/createRule/times").asText()).isEqualTo("03:00");
        assertThat(details.at("/schedules/0/retainRule/count").asInt()).isEqualTo(14);
        assertThat(aws.get("aws:iam/role:Role", "alpha-home-snapshots").input("/assumeRolePolicy").asText())
                .contains("dlm.amazonaws.com");
        assertThat(aws.get("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "alpha-home-snapshots")
                .input("/policyArn").asText()).endsWith("service-role/AWSDataLifecycleManagerServiceRole");
    }

    @Test
    void onAwsCoreNodesStayInTheHomeZoneWhereTheDisksAre() {
        PlanResource core = aws.get("aws:eks/nodeGroup:NodeGroup", "test-core");
        PlanResource user = aws.get("aws:eks/nodeGroup:NodeGroup", "test-user");
        assertThat(core.input("/subnetIds")).hasSize(1);
        assertThat(core.input("/subnetIds/0").asText()).isEqualTo("<stand-in:test-private-us-west-2a.id>");
        assertThat(user.input("/subnetIds")).hasSize(3);
    }

    @Test
    void onAzureTheDiskIsAZonalManagedDiskWithDiskBackupAndTheClusterMayAttachIt() {
        PlanResource disk = azure.get("azure-native:compute:Disk", "alpha-home-disk");
        assertThat(disk.protect() && disk.retainOnDelete()).isTrue();
        assertThat(disk.input("/sku/name").asText()).isEqualTo("StandardSSD_LRS");
        assertThat(disk.input("/zones").toString()).isEqualTo("[\"2\"]");
        assertThat(disk.input("/creationData/createOption").asText()).isEqualTo("Empty");
        PlanResource attach = azure.get("azure-native:authorization:RoleAssignment", "alpha-home-attach");
        assertThat(attach.input("/scope").asText()).isEqualTo("<stand-in:alpha-home-disk.id>");
        assertThat(attach.input("/principalId").asText()).isEqualTo("<stand-in:test.identity.principalId>");
        assertThat(attach.input("/principalType").asText()).isEqualTo("ServicePrincipal");

        PlanResource vault = azure.get("azure-native:dataprotection:BackupVault", "alpha-home-backups");
        assertThat(vault.protect() && vault.retainOnDelete()).isTrue();
        assertThat(azure.get("azure-native:authorization:RoleAssignment", "alpha-home-backups-reader")
                .input("/roleDefinitionId").asText()).endsWith("3e5e47e6-65f7-47ef-90b5-e5dd4d455f24");
        assertThat(azure.get("azure-native:authorization:RoleAssignment", "alpha-home-backups-snapshots")
                .input("/roleDefinitionId").asText()).endsWith("7efff54f-a5b4-42b5-a1c5-5411624893ce");
        JsonNode policy = azure.get("azure-native:resources:Deployment", "alpha-home-backups-policy")
                .input("/properties/template/resources/0");
        assertThat(policy.path("type").asText()).isEqualTo("Microsoft.DataProtection/backupVaults/backupPolicies");
        assertThat(policy.at("/properties/policyRules/0/trigger/schedule/repeatingTimeIntervals/0").asText())
                .isEqualTo("R/2025-01-01T03:00:00+00:00/P1D");
        assertThat(policy.at("/properties/policyRules/1/lifecycles/0/deleteAfter/duration").asText()).isEqualTo("P14D");
        PlanResource instance = azure.get("azure-native:dataprotection:BackupInstance", "alpha-home-backups");
        assertThat(instance.input("/properties/dataSourceInfo/resourceID").asText()).isEqualTo("<stand-in:alpha-home-disk.id>");
        assertThat(instance.input("/properties/policyInfo/policyId").asText()).endsWith("/backupPolicies/daily");
        assertThat(instance.dependsOn()).anyMatch(urn -> urn.endsWith("::alpha-home-backups-reader"));
    }

    @Test
    void onAzureHubfleetMakesTheDisksVolumeTheChartCannot() {
        PlanResource volume = azure.get("kubernetes:core/v1:PersistentVolume", "alpha-home-volume");
        JsonNode spec = volume.input("/spec");
        assertThat(volume.input("/metadata/name").asText()).isEqualTo("alpha-home-nfs");
        assertThat(spec.at("/csi/driver").asText()).isEqualTo("disk.csi.azure.com");
        assertThat(spec.at("/csi/fsType").asText()).isEqualTo("xfs");
        assertThat(spec.at("/csi/volumeHandle").asText()).isEqualTo("<stand-in:alpha-home-disk.id>");
        assertThat(spec.path("mountOptions").toString()).contains("pquota");
        assertThat(spec.at("/claimRef/namespace").asText()).isEqualTo("alpha-home-nfs");
        assertThat(spec.at("/claimRef/name").asText()).isEqualTo("home-nfs");
        assertThat(spec.path("persistentVolumeReclaimPolicy").asText()).isEqualTo("Retain");
        assertThat(spec.at("/nodeAffinity/required/nodeSelectorTerms/0/matchExpressions/0/values/0").asText())
                .isEqualTo("westeurope-2");
        JsonNode values = Releases.values(azure, "alpha-home");
        assertThat(values.path("gke").path("enabled").asBoolean()).isFalse();
        assertThat(values.path("eks").path("enabled").asBoolean()).isFalse();
        // On GCP and AWS the chart makes the volume from the disk's handle.
        assertThat(Releases.values(gcp, "alpha-home").at("/gke/volumeId").asText())
                .isEqualTo("projects/test-project/zones/us-central1-b/disks/test-alpha-home");
        assertThat(Releases.values(aws, "alpha-home").at("/eks/volumeId").asText()).isEqualTo("<stand-in:alpha-home-disk.id>");
        assertThat(gcp.ofType("kubernetes:core/v1:PersistentVolume")).noneMatch(pv -> pv.name().endsWith("-volume"));
    }

    @Test
    void theServerRunsPrivilegedInANamespaceOfItsOwnOnTheCorePoolInTheDisksZone() {
        PlanResource namespace = gcp.get("kubernetes:core/v1:Namespace", "alpha-home");
        assertThat(namespace.input("/metadata/name").asText()).isEqualTo("alpha-home-nfs");
        assertThat(namespace.input("/metadata/labels/pod-security.kubernetes.io~1enforce").asText()).isEqualTo("privileged");
        // The hub's own namespace is another one.
        assertThat(gcp.get("kubernetes:core/v1:Namespace", "alpha").input("/metadata/name").asText()).isEqualTo("alpha");

        PlanResource release = gcp.get(RELEASE, "alpha-home");
        assertThat(release.input("/chart").asText()).isEqualTo("oci://ghcr.io/2i2c-org/jupyterhub-home-nfs/jupyterhub-home-nfs");
        assertThat(release.input("/version").asText()).isEqualTo("1.2.0");
        assertThat(release.input("/namespace").asText()).isEqualTo("alpha-home-nfs");
        // Named after the hub: the chart's PersistentVolume (cluster-wide) is <release>-home-nfs.
        assertThat(release.input("/name").asText()).isEqualTo("alpha");
        JsonNode values = Releases.values(gcp, "alpha-home");
        assertThat(values.at("/nodeSelector/hub.jupyter.org~1node-purpose").asText()).isEqualTo("core");
        assertThat(values.at("/nodeSelector/topology.kubernetes.io~1zone").asText()).isEqualTo("us-central1-b");
        assertThat(values.at("/nfsServer/image/tag").asText()).isEqualTo("1.2.0");
        assertThat(values.at("/quotaEnforcer/image/tag").asText()).isEqualTo("1.2.0");
        assertThat(values.path("fullnameOverride").asText()).isEmpty();
        assertThat(Releases.values(aws, "alpha-home").at("/nodeSelector/topology.kubernetes.io~1zone").asText())
                .isEqualTo("us-west-2a");
    }

    @Test
    void everyUserHasTheQuotaAndAHubMaySetItsOwn() {
        JsonNode quotas = Releases.values(gcp, "alpha-home").at("/quotaEnforcer/config/QuotaManager");
        assertThat(quotas.path("hard_quota").asInt()).isEqualTo(10);
        assertThat(quotas.path("paths").toString()).isEqualTo("[\"/export/alpha\"]");
        assertThat(quotas.path("projects_file").asText()).isEqualTo("/export/alpha/.projects");
        assertThat(quotas.path("exclude").toString()).isEqualTo("[\"_shared\"]");
        assertThat(quotas.path("uid").asInt()).isEqualTo(1000);
        assertThat(quotas.path("gid").asInt()).isEqualTo(100);

        Plan own = Stacks.plan(Stacks.GCP_WITH_HUB.replace("      image: {name: quay.io",
                "      homeStorage: {capacityGiB: 200, perUserQuotaGiB: 25}\n      image: {name: quay.io")
                + "  hubfleet:homeStorage: {perUserQuotaGiB: 5, tier: premium}\n");
        assertThat(Releases.values(own, "alpha-home").at("/quotaEnforcer/config/QuotaManager/hard_quota").asInt())
                .isEqualTo(25);
        PlanResource disk = own.get("gcp:compute/disk:Disk", "alpha-home-disk");
        assertThat(disk.input("/size").asInt()).isEqualTo(200);
        assertThat(disk.input("/type").asText()).isEqualTo("pd-ssd");
    }

    @Test
    void theHubMountsItsDirectoryAtTheServersClusterIpOnceTheServerIsInstalled() {
        PlanResource service = gcp.get("kubernetes:core/v1:Service", "alpha-home-service");
        assertThat(service.input("/id").asText()).isEqualTo("alpha-home-nfs/home-nfs");
        assertThat(service.dependsOn()).anyMatch(urn -> urn.endsWith("Release::alpha-home"));
        PlanResource volume = gcp.get("kubernetes:core/v1:PersistentVolume", "alpha-home");
        assertThat(volume.input("/spec/nfs/server").asText()).isEqualTo("<stand-in:alpha-home-service.spec.clusterIP>");
        assertThat(volume.input("/spec/nfs/path").asText()).isEqualTo("/alpha");
        assertThat(volume.input("/spec/mountOptions").toString())
                .isEqualTo("[\"soft\",\"timeo=600\",\"retrans=3\",\"noatime\",\"vers=4.2\"]");
        PlanResource job = gcp.get("kubernetes:batch/v1:Job", "alpha-home-directory");
        assertThat(job.input("/spec/template/spec/volumes/0/nfs/server").asText())
                .isEqualTo("<stand-in:alpha-home-service.spec.clusterIP>");
    }

    @Test
    void snapshotsCanBeTurnedOff() {
        Plan off = Stacks.plan(Stacks.AWS_WITH_HUB + "  hubfleet:homeStorage: {backups: {enabled: false}}\n");
        assertThat(off.ofType("aws:dlm/lifecyclePolicy:LifecyclePolicy")).isEmpty();
        assertThat(off.get("aws:ebs/volume:Volume", "alpha-home-disk").protect()).isTrue();
    }

    @Test
    void usersHomeUsageIsAPrometheusMetricOfEveryHub() {
        PlanResource exporter = gcp.get("kubernetes:apps/v1:Deployment", "alpha-home-usage");
        JsonNode pod = exporter.input("/spec/template");
        assertThat(pod.at("/metadata/annotations/prometheus.io~1scrape").asText()).isEqualTo("true");
        assertThat(pod.at("/metadata/labels/component").asText()).isEqualTo("shared-dirsize-metrics");
        assertThat(pod.at("/spec/containers/0/image").asText()).isEqualTo("quay.io/yuvipanda/prometheus-dirsize-exporter:v3.3");
        assertThat(pod.at("/spec/volumes/0/persistentVolumeClaim/claimName").asText()).isEqualTo(Hub.HOME_CLAIM);
        assertThat(pod.at("/spec/volumes/0/persistentVolumeClaim/readOnly").asBoolean()).isTrue();
        assertThat(pod.at("/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/spec/containers/0/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    }

    @Test
    void hubOnlyStacksOnADiskClusterMakeTheirHubsDisksThroughTheClustersAccount(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Pulumi.shared.yaml"), Stacks.GCP_WITH_HUB.replace("name: alpha", "name: base")
                .replace("alpha.example.org", "base.example.org")
                + "  hubfleet:homeStorage: {capacityGiB: 80, perUserQuotaGiB: 4}\n");
        Files.writeString(dir.resolve("Pulumi.gamma.yaml"), Stacks.HUB_ONLY.formatted("gcp", "shared").replace(
                "      persistentBucket: {enabled: true}", "      homeStorage: {perUserQuotaGiB: 8}"));
        Plan hubOnly = OfflinePlanner.plan(dir.resolve("Pulumi.gamma.yaml"));
        PlanResource disk = hubOnly.get("gcp:compute/disk:Disk", "gamma-home-disk");
        assertThat(disk.input("/size").asInt()).isEqualTo(80);
        assertThat(disk.input("/zone").asText()).isEqualTo("us-central1-b");
        assertThat(disk.provider()).endsWith("::gamma-account");
        assertThat(disk.protect()).isTrue();
        assertThat(Releases.values(hubOnly, "gamma-home").at("/quotaEnforcer/config/QuotaManager/hard_quota").asInt())
                .isEqualTo(8);
        assertThat(hubOnly.get(RELEASE, "gamma-home").provider()).endsWith("::gamma-kubernetes");
    }
}
