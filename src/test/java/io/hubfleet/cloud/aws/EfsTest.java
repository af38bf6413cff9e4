package io.hubfleet.cloud.aws;

import io.hubfleet.components.Filestore;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** EFS home storage: encrypted, protected, reachable by the nodes only, backed up daily. */
class EfsTest {

    private static Plan plan;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-aws");
    }

    @Test
    void fileSystemIsEncryptedProtectedAndRetained() {
        PlanResource fs = plan.get("aws:efs/fileSystem:FileSystem", "demo-aws-home");
        assertParent(plan, fs, Filestore.TYPE, "demo-aws-home");
        assertThat(fs.input("/encrypted").asBoolean()).isTrue();
        assertThat(fs.protect()).isTrue();
        assertThat(fs.retainOnDelete()).isTrue();
        assertThat(fs.input("/throughputMode").asText()).isEqualTo("elastic");
    }

    @Test
    void nfsIsAdmittedFromTheClustersNodesOnly() {
        PlanResource group = plan.get("aws:ec2/securityGroup:SecurityGroup", "demo-aws-home-nfs");
        assertThat(group.input("/ingress")).hasSize(1);
        assertThat(group.input("/ingress/0/protocol").asText()).isEqualTo("tcp");
        assertThat(group.input("/ingress/0/fromPort").asInt()).isEqualTo(2049);
        assertThat(group.input("/ingress/0/toPort").asInt()).isEqualTo(2049);
        assertThat(group.input("/ingress/0/securityGroups").toString())
                .isEqualTo("[\"<stand-in:demo-aws.vpcConfig.clusterSecurityGroupId>\"]");
        assertThat(group.input("/ingress/0").has("cidrBlocks")).isFalse();
    }

    @Test
    void aMountTargetInEachPrivateSubnet() {
        assertThat(plan.ofType("aws:efs/mountTarget:MountTarget")).hasSize(3).allSatisfy(target -> {
            assertThat(target.input("/subnetId").asText()).contains("-private-");
            assertThat(target.input("/securityGroups").toString()).isEqualTo("[\"<stand-in:demo-aws-home-nfs.id>\"]");
        });
    }

    @Test
    void awsBackupKeepsDailyBackupsForTheRetentionInARetainedVault() {
        PlanResource vault = plan.get("aws:backup/vault:Vault", "demo-aws-home-backups");
        assertThat(vault.protect()).isTrue();
        assertThat(vault.retainOnDelete()).isTrue();
        PlanResource backupPlan = plan.get("aws:backup/plan:Plan", "demo-aws-home-backups");
        assertThat(backupPlan.input("/rules/0/schedule").asText()).isEqualTo("cron(0 3 * * ? *)");
        assertThat(backupPlan.input("/rules/0/lifecycle/deleteAfter").asInt()).isEqualTo(30);
        assertThat(plan.get("aws:backup/selection:Selection", "demo-aws-home-backups").input("/resources").toString())
                .isEqualTo("[\"<stand-in:demo-aws-home.arn>\"]");
    }

    @Test
    void hubsMountTheirOwnDirectoryOfTheFileSystem() {
        PlanResource volume = plan.get("kubernetes:core/v1:PersistentVolume", "prod-home");
        assertThat(volume.input("/spec/nfs/server").asText()).isEqualTo("<stand-in:demo-aws-home.dnsName>");
        assertThat(volume.input("/spec/nfs/path").asText()).isEqualTo("/prod");
        assertThat(volume.input("/spec/mountOptions").toString()).contains("nfsvers=4.1");
    }
}
