package io.hubfleet.config;

import io.hubfleet.config.hub.HubConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Home storage fits its kind and cloud: a managed file service meets the tier's minimum capacity and has
 * no per-user quotas; disks lie within the cloud's disk sizes, quotas fit their disk, and per-hub
 * settings exist only where each hub has a disk. Hub-only stacks' hubs are checked against their
 * cluster stack's storage when it is read ({@code SharedClusterChecks}).
 */
final class HomeStorageRules implements StackRule {

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.cloud().isEmpty() || config.hubOnly()) {
            return problems;
        }
        HomeStorageConfig storage = config.homeStorage().orElseGet(HomeStorageConfig::defaults);
        CloudConventions conventions = CloudConventions.of(config.cloud().get());
        ConfigPath at = BoundConfig.HOME_STORAGE;
        if (storage.disks()) {
            problems.addAll(checkDisk(conventions, at, storage.effectiveCapacityGiB(conventions.cloud()),
                    storage.effectiveQuotaGiB()));
            int longest = conventions.maximumSnapshotRetentionDays();
            if (storage.backups().retentionDays() > longest) {
                problems.add(ConfigProblem.of(at.child("backups").child("retentionDays"),
                        storage.backups().retentionDays() + " days is longer than " + conventions.cloud().configName()
                                + " keeps disk snapshots", "at most " + longest + " days"));
            }
            conventions.snapshotTimeProblem(storage.backups().time()).ifPresent(problem -> problems.add(
                    ConfigProblem.of(at.child("backups").child("timeUtc"), problem, "a whole hour such as \"03:00\"")));
            for (BoundConfig.Indexed<HubConfig> hub : config.hubs()) {
                hub.value().homeStorageOverrides().ifPresent(own -> problems.addAll(checkDisk(conventions,
                        BoundConfig.hub(hub.index()).child("homeStorage"),
                        own.capacity().orElse(storage.effectiveCapacityGiB(conventions.cloud())),
                        own.quota().orElse(storage.effectiveQuotaGiB()))));
            }
            return problems;
        }
        int capacity = storage.effectiveCapacityGiB(conventions.cloud());
        int minimum = conventions.minimumHomeCapacityGiB(storage.tier());
        if (capacity < minimum) {
            problems.add(ConfigProblem.of(at.child("capacityGiB"),
                    capacity + " GiB is below the " + minimum + " GiB minimum of "
                            + conventions.homeStorageTierName(storage.tier()),
                    "at least " + minimum + " GiB for the " + storage.tier().configName() + " tier on "
                            + conventions.cloud().configName()));
        }
        if (storage.perUserQuotaGiB() != null) {
            problems.add(ConfigProblem.of(at.child("perUserQuotaGiB"),
                    "managed file services (" + conventions.homeStorageTierName(storage.tier()) + ") have no per-user quotas",
                    "kind: disk for per-user quotas, or no perUserQuotaGiB"));
        }
        int longest = conventions.maximumBackupRetentionDays();
        if (storage.backups().retentionDays() > longest) {
            problems.add(ConfigProblem.of(at.child("backups").child("retentionDays"),
                    storage.backups().retentionDays() + " days is longer than " + conventions.cloud().configName()
                            + " keeps file share backups", "at most " + longest + " days"));
        }
        for (BoundConfig.Indexed<HubConfig> hub : config.hubs()) {
            if (hub.value().homeStorageOverrides().isPresent()) {
                problems.add(ConfigProblem.of(BoundConfig.hub(hub.index()).child("homeStorage"),
                        "a hub's own home storage settings need a disk per hub, but hubfleet:homeStorage.kind is managed",
                        "hubfleet:homeStorage.kind: disk, or no homeStorage under the hub"));
            }
        }
        return problems;
    }

    /** A disk's size within the cloud's limits, and a quota no larger than the disk. */
    static List<ConfigProblem> checkDisk(CloudConventions conventions, ConfigPath at, int capacityGiB, int quotaGiB) {
        List<ConfigProblem> problems = new ArrayList<>();
        int minimum = conventions.minimumDiskGiB();
        int maximum = conventions.maximumDiskGiB();
        if (capacityGiB < minimum || capacityGiB > maximum) {
            problems.add(ConfigProblem.of(at.child("capacityGiB"),
                    capacityGiB + " GiB is outside the disk sizes of " + conventions.cloud().configName(),
                    "from " + minimum + " to " + maximum + " GiB"));
        } else if (quotaGiB > capacityGiB) {
            problems.add(ConfigProblem.of(at.child("perUserQuotaGiB"),
                    "a " + quotaGiB + " GiB quota per user is larger than the " + capacityGiB + " GiB disk it is on",
                    "at most the disk's capacityGiB (" + capacityGiB + ")"));
        }
        return problems;
    }
}
