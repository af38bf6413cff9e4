package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.MachineResolutionException;

import java.util.List;
import java.util.Optional;

/** Shared checks of a pool's size settings: one of machine/machineType, and a size the cloud has. */
final class MachineRules {

    private MachineRules() {
    }

    /** A problem when both or (if {@code required}) neither of machine and machineType are set. */
    static Optional<ConfigProblem> exactlyOne(ConfigPath pool, MachineSpec machine, String machineType,
                                              boolean required) {
        if (machine != null && machineType != null) {
            return Optional.of(ConfigProblem.of(pool.child("machineType"),
                    "both machine and machineType are set",
                    "either machine: {cpu, memoryGiB} (portable) or machineType: <an exact type>, not both"));
        }
        if (required && machine == null && machineType == null) {
            return Optional.of(ConfigProblem.of(pool.child("machine"),
                    "missing: the pool has neither machine nor machineType",
                    "machine: {cpu, memoryGiB} (portable) or machineType: <an exact type>"));
        }
        return Optional.empty();
    }

    /** A problem when the cloud's catalogue cannot meet the size (and GPUs). */
    static Optional<ConfigProblem> resolvable(ConfigPath pool, Cloud cloud, MachineSpec machine, String machineType,
                                              GpuSpec gpu) {
        try {
            MachineCatalogue.of(cloud).resolve(machine, machineType, gpu, false);
            return Optional.empty();
        } catch (MachineResolutionException e) {
            ConfigPath at = machineType != null && e.given() != null ? pool.child("machineType")
                    : gpu != null ? pool.child("gpu") : pool.child("machine");
            ConfigProblem problem = ConfigProblem.of(at, e.problem(), e.allowed());
            if (e.given() != null) {
                String suggestion = Suggestions.didYouMean(e.given(), e.candidates());
                if (suggestion != null) {
                    problem = problem.withSuggestion(suggestion);
                }
            }
            return Optional.of(problem);
        }
    }

    static List<ConfigProblem> minMax(ConfigPath pool, int min, int max) {
        if (min > max) {
            return List.of(ConfigProblem.of(pool.child("min"), "min (" + min + ") is greater than max (" + max + ")",
                    "a min no greater than max"));
        }
        return List.of();
    }
}
