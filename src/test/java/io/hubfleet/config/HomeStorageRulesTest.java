package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Home storage settings are checked against their kind and their cloud before anything is planned. */
class HomeStorageRulesTest {

    private static List<String> paths(String yaml) {
        return Stacks.problems(yaml).stream().map(p -> p.path().toString()).toList();
    }

    private static final String AWS = Stacks.AWS_WITH_HUB;
    private static final String AZURE = Stacks.AZURE_WITH_HUB;

    @Test
    void disksStayWithinTheirCloudsSizes() {
        assertThat(paths(AWS + "  hubfleet:homeStorage: {capacityGiB: 20000}\n"))
                .containsExactly("hubfleet:homeStorage.capacityGiB");
        assertThat(Stacks.read(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {capacityGiB: 20000}\n")
                .homeStorage().capacityGiB()).isEqualTo(20000);
        assertThat(paths(AZURE + "  hubfleet:homeStorage: {capacityGiB: 40000}\n"))
                .containsExactly("hubfleet:homeStorage.capacityGiB");
    }

    @Test
    void aHubsOwnDiskIsCheckedLikeTheStacks() {
        String ownDisk = Stacks.GCP_WITH_HUB.replace("      image: {name: quay.io",
                "      homeStorage: {capacityGiB: 20, perUserQuotaGiB: 30}\n      image: {name: quay.io");
        assertThat(Stacks.problems(ownDisk)).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:hubs[0].homeStorage.perUserQuotaGiB");
            assertThat(p.allowed()).contains("at most the disk's capacityGiB (20)");
        });
        // The hub's quota against the stack's disk size, when only the quota is its own.
        assertThat(paths(Stacks.GCP_WITH_HUB.replace("      image: {name: quay.io",
                "      homeStorage: {perUserQuotaGiB: 60}\n      image: {name: quay.io")))
                .containsExactly("hubfleet:hubs[0].homeStorage.perUserQuotaGiB");
    }

    @Test
    void snapshotRetentionAndTimesAreWhatEachCloudAllows() {
        assertThat(paths(AWS + "  hubfleet:homeStorage: {backups: {retentionDays: 1001}}\n"))
                .containsExactly("hubfleet:homeStorage.backups.retentionDays");
        assertThat(Stacks.read(AWS + "  hubfleet:homeStorage: {backups: {retentionDays: 1000, timeUtc: \"03:30\"}}\n")
                .homeStorage().backups().retentionDays()).isEqualTo(1000);
        assertThat(paths(AZURE + "  hubfleet:homeStorage: {backups: {retentionDays: 366}}\n"))
                .containsExactly("hubfleet:homeStorage.backups.retentionDays");
        // Minutes are refused only where snapshots start on whole hours (GCP disks); Filestore's workflow takes them.
        assertThat(paths(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {backups: {timeUtc: \"01:30\"}}\n"))
                .containsExactly("hubfleet:homeStorage.backups.timeUtc");
        assertThat(Stacks.read(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {kind: managed, backups: {timeUtc: \"01:30\"}}\n")
                .homeStorage().backups().timeUtc()).isEqualTo("01:30");
    }

    @Test
    void managedStorageHasItsCloudsDefaultsAndNoQuotas() {
        assertThat(Stacks.read(AZURE + "  hubfleet:homeStorage: {kind: managed, tier: premium}\n").homeStorage()
                .capacityGiB()).as("the Azure premium share at its 100 GiB minimum").isEqualTo(100);
        assertThat(Stacks.read(Stacks.managedHomes(Stacks.GCP_WITH_HUB)).homeStorage().capacityGiB()).isEqualTo(1024);
        assertThat(Stacks.read(Stacks.managedHomes(Stacks.GCP_WITH_HUB)).homeStorage().perUserQuotaGiB()).isNull();
        assertThat(Stacks.problems(AWS + "  hubfleet:homeStorage: {kind: managed, perUserQuotaGiB: 5}\n"))
                .singleElement().satisfies(p -> assertThat(p.problem()).contains("EFS").contains("no per-user quotas"));
    }
}
