package io.hubfleet.components;

import io.hubfleet.cloud.AccountCreation;
import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.BudgetSpec;
import io.hubfleet.cloud.ClusterNetwork;
import io.hubfleet.cloud.ControlPlaneLogs;
import io.hubfleet.cloud.DnsZone;
import io.hubfleet.cloud.HomeStorageTier;
import io.hubfleet.cloud.MaintenanceWindow;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.cloud.PoolMachine;
import io.hubfleet.config.AccountCreationConfig;
import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.BudgetConfig;
import io.hubfleet.config.ClusterConfig;
import io.hubfleet.config.ClusterNetworkConfig;
import io.hubfleet.config.DnsConfig;
import io.hubfleet.config.MaintenanceWindowConfig;
import io.hubfleet.config.PoolPurpose;
import io.hubfleet.config.StorageTier;
import io.hubfleet.machines.MachineType;
import io.hubfleet.machines.ResolvedMachine;
import io.hubfleet.net.Ipv4Cidr;

import java.util.Optional;

/**
 * The stack file's records in the cloud contract's terms (docs/architecture.md#the-seam-between-components-and-clouds):
 * the one place a config record becomes what a cloud reads, called by the Args and components that make the
 * specs. The clouds never see a config record.
 */
public final class CloudSpecs {

    private CloudSpecs() {
    }

    public static HomeStorageTier tier(StorageTier tier) {
        return switch (tier) {
            case STANDARD -> HomeStorageTier.STANDARD;
            case PREMIUM -> HomeStorageTier.PREMIUM;
        };
    }

    /** The schedule, or none where backups are off. */
    public static Optional<BackupPolicy> backups(BackupConfig backups) {
        return backups.enabled() ? Optional.of(new BackupPolicy(backups.time(), backups.retentionDays()))
                : Optional.empty();
    }

    public static BudgetSpec budget(BudgetConfig budget) {
        return new BudgetSpec(budget.monthlyAmount(), budget.optionalCurrency(),
                budget.optionalStartMonth(),
                BudgetAlerts.of(budget.thresholdsPercent(), budget.forecastThresholdsPercent()), budget.emails());
    }

    public static AccountCreation creation(AccountCreationConfig create, String stack) {
        return new AccountCreation(create.displayNameOr(stack), create.optionalOrganizationId(),
                create.optionalFolderId(), create.optionalEmail(), create.optionalOrganizationalUnitId(),
                create.accessRoleName(), create.optionalBillingScope(), create.workload());
    }

    public static MaintenanceWindow maintenance(MaintenanceWindowConfig window) {
        return new MaintenanceWindow(window.days(), window.startTime(), window.durationHours(),
                window.exclusions().stream().map(e -> new MaintenanceWindow.Exclusion(e.name(), e.startUtc(),
                        e.endUtc(), MaintenanceWindow.Scope.valueOf(e.gkeScope()))).toList());
    }

    public static ClusterNetwork network(ClusterNetworkConfig network) {
        return new ClusterNetwork(cidr(network.nodeCidr()), cidr(network.podCidr()), cidr(network.serviceCidr()),
                cidr(network.controlPlaneCidr()), network.natGatewayPerZone());
    }

    private static Ipv4Cidr cidr(String text) {
        return Ipv4Cidr.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "\"" + text + "\" is not an IPv4 CIDR block"));
    }

    public static ControlPlaneLogs controlPlaneLogs(ClusterConfig.ControlPlaneLogsConfig logs) {
        return new ControlPlaneLogs(logs.types(), logs.retentionDays());
    }

    public static DnsZone dnsZone(DnsConfig dns) {
        return new DnsZone(dns.zone(), dns.optionalManagedZone(), dns.optionalHostedZoneId(),
                dns.optionalResourceGroup(), dns.ttlSeconds());
    }

    public static NodeRole role(PoolPurpose purpose) {
        return switch (purpose) {
            case USER -> NodeRole.USER;
            case DASK_WORKER -> NodeRole.DASK_WORKER;
        };
    }

    /** The machine the catalogue resolved, as the cloud builds the pool with it. */
    public static PoolMachine machine(ResolvedMachine machine) {
        return new PoolMachine(machine.type().name(),
                Optional.ofNullable(machine.gpu()).map(gpu -> new PoolMachine.Gpus(gpu.type(), gpu.count())),
                machine.gpuAttached(), machine.spotAlternates().stream().map(MachineType::name).toList());
    }
}
