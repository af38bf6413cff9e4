package io.hubfleet.components;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.ClusterNetwork;
import io.hubfleet.cloud.MaintenanceWindow;
import io.hubfleet.cloud.PoolMachine;
import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.BudgetConfig;
import io.hubfleet.config.ClusterNetworkConfig;
import io.hubfleet.config.MaintenanceWindowConfig;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.machines.MachineCatalogue;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stack file's records become the cloud contract's types once, in CloudSpecs, losing nothing a cloud reads. */
class CloudSpecsTest {

    @Test
    void backupsOffAreNoPolicy() {
        assertThat(CloudSpecs.backups(new BackupConfig(false, "05:30", 7))).isEmpty();
        var policy = CloudSpecs.backups(BackupConfig.defaults()).orElseThrow();
        assertThat(policy.dailyAtUtc()).isEqualTo(LocalTime.of(3, 0));
        assertThat(policy.timeUtcText()).isEqualTo("03:00");
        assertThat(policy.retentionDays()).isEqualTo(14);
    }

    @Test
    void budgetAlertsAreActualThenForecastEachAscending() {
        var budget = CloudSpecs.budget(new BudgetConfig(2000.0, null, null, List.of(90.0, 50.0), List.of(100.0, 80.0),
                List.of("ops@example.org")));
        assertThat(budget.alerts()).extracting(BudgetAlerts::key)
                .containsExactly("actual-50", "actual-90", "forecast-80", "forecast-100");
        assertThat(budget.currency()).isEmpty();
        assertThat(budget.emails()).containsExactly("ops@example.org");
    }

    @Test
    void exclusionScopesBecomeGkesNames() {
        var window = CloudSpecs.maintenance(new MaintenanceWindowConfig(null, "04:00", 6, List.of(
                new MaintenanceWindowConfig.MaintenanceExclusion("exams", "2027-05-01T00:00:00Z",
                        "2027-06-01T00:00:00Z", "noMinorUpgrades"))));
        assertThat(window.startUtc()).isEqualTo(LocalTime.of(4, 0));
        assertThat(window.exclusions()).extracting(MaintenanceWindow.Exclusion::scope)
                .containsExactly(MaintenanceWindow.Scope.NO_MINOR_UPGRADES);
    }

    @Test
    void networkRangesAreCidrValues() {
        ClusterNetwork network = CloudSpecs.network(ClusterNetworkConfig.defaults());
        assertThat(network.nodes()).hasToString("10.0.0.0/16");
        assertThat(network.services().host(10)).isEqualTo("10.32.0.10");
        assertThat(network.natGatewayPerZone()).isFalse();
    }

    @Test
    void aGpuMachineKeepsItsModelCountAndAttachment() {
        PoolMachine machine = CloudSpecs.machine(MachineCatalogue.of(Cloud.GCP)
                .resolve(null, "n1-standard-8", new GpuSpec("nvidia-tesla-t4", 1), false));
        assertThat(machine.typeName()).isEqualTo("n1-standard-8");
        assertThat(machine.gpus()).contains(new PoolMachine.Gpus("nvidia-tesla-t4", 1));
        assertThat(machine.gpuAttached()).isTrue();
    }
}
