package io.hubfleet.config;

import java.util.ArrayList;
import java.util.List;

/** Home storage capacity must meet the cloud's minimum for its tier. */
final class HomeStorageRules implements StackRule {

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.cloud().isEmpty() || config.homeStorage().isEmpty()) {
            return problems;
        }
        HomeStorageConfig storage = config.homeStorage().get();
        CloudConventions conventions = CloudConventions.of(config.cloud().get());
        int minimum = conventions.minimumHomeCapacityGiB(storage.tier());
        if (storage.capacityGiB() < minimum) {
            problems.add(ConfigProblem.of(BoundConfig.HOME_STORAGE.child("capacityGiB"),
                    storage.capacityGiB() + " GiB is below the " + minimum + " GiB minimum of "
                            + conventions.homeStorageTierName(storage.tier()),
                    "at least " + minimum + " GiB for the " + storage.tier().configName() + " tier on "
                            + conventions.cloud().configName()));
        }
        int longest = conventions.maximumBackupRetentionDays();
        if (storage.backups().retentionDays() > longest) {
            problems.add(ConfigProblem.of(BoundConfig.HOME_STORAGE.child("backups").child("retentionDays"),
                    storage.backups().retentionDays() + " days is longer than " + conventions.cloud().configName()
                            + " keeps file share backups", "at most " + longest + " days"));
        }
        return problems;
    }
}
