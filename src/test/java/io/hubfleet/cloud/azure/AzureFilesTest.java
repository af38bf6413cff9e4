package io.hubfleet.cloud.azure;

import io.hubfleet.components.Filestore;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** Azure Files NFS home storage: premium, reachable from the node subnet only, protected, backed up. */
class AzureFilesTest {

    private static Plan plan;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-azure");
    }

    @Test
    void aPremiumFileStorageAccountProtectedAndRetained() {
        PlanResource account = plan.get("azure-native:storage:StorageAccount", "demo-azure-home");
        assertParent(plan, account, Filestore.TYPE, "demo-azure-home");
        assertThat(account.input("/kind").asText()).isEqualTo("FileStorage");
        assertThat(account.input("/sku/name").asText()).isEqualTo("Premium_LRS");
        assertThat(account.input("/accountName").asText()).matches("[a-z0-9]{3,24}");
        assertThat(account.protect()).isTrue();
        assertThat(account.retainOnDelete()).isTrue();
    }

    @Test
    void onlyTheNodeSubnetReachesTheShare() {
        PlanResource account = plan.get("azure-native:storage:StorageAccount", "demo-azure-home");
        assertThat(account.input("/networkRuleSet/defaultAction").asText()).isEqualTo("Deny");
        assertThat(account.input("/networkRuleSet/virtualNetworkRules")).hasSize(1);
        assertThat(account.input("/networkRuleSet/virtualNetworkRules/0/virtualNetworkResourceId").asText())
                .isEqualTo("<stand-in:demo-azure-nodes.id>");
        assertThat(account.input("/networkRuleSet").has("ipRules")).isFalse();
        assertThat(account.input("/allowBlobPublicAccess").asBoolean()).isFalse();
    }

    @Test
    void anNfsShareWithTheConfiguredQuota() {
        PlanResource share = plan.get("azure-native:storage:FileShare", "demo-azure-home-homes");
        assertThat(share.input("/enabledProtocols").asText()).isEqualTo("NFS");
        assertThat(share.input("/rootSquash").asText()).isEqualTo("NoRootSquash");
        assertThat(share.input("/shareQuota").asInt()).isEqualTo(1024);
        assertThat(share.protect()).isTrue();
        assertThat(share.retainOnDelete()).isTrue();
    }

    @Test
    void theShareIsSnapshottedDailyAndSnapshotsAreKeptForTheRetention() {
        // Azure Backup does not protect NFS shares (AzureConstraintsTest): a CronJob snapshots the share.
        PlanResource cron = plan.get("kubernetes:batch/v1:CronJob", "demo-azure-home-snapshots");
        assertThat(cron.input("/metadata/namespace").asText()).isEqualTo("hubfleet-backups");
        assertThat(cron.input("/spec/jobTemplate/spec/template/spec/serviceAccountName").asText()).isEqualTo("home-snapshots");
        assertThat(cron.input("/spec/jobTemplate/spec/template/spec/containers/0/env").toString())
                .contains("\"name\":\"RETENTION_DAYS\",\"value\":\"14\"").contains("\"name\":\"SHARE\"");
        PlanResource identity = plan.get("azure-native:managedidentity:FederatedIdentityCredential", "demo-azure-home-snapshots");
        assertThat(identity.input("/subject").asText()).isEqualTo("system:serviceaccount:hubfleet-backups:home-snapshots");
        assertThat(plan.get("azure-native:storage:FileServiceProperties", "demo-azure-home-soft-delete")
                .input("/shareDeleteRetentionPolicy/days").asInt()).isEqualTo(14);
    }

    @Test
    void hubsMountTheirDirectoryOverNfs41() {
        PlanResource volume = plan.get("kubernetes:core/v1:PersistentVolume", "prod-home");
        String account = plan.get("azure-native:storage:StorageAccount", "demo-azure-home").input("/accountName").asText();
        assertThat(volume.input("/spec/nfs/server").asText()).isEqualTo(account + ".file.core.windows.net");
        assertThat(volume.input("/spec/nfs/path").asText()).isEqualTo("/" + account + "/homes/prod");
        assertThat(volume.input("/spec/mountOptions").toString()).contains("vers=4", "minorversion=1");
    }
}
