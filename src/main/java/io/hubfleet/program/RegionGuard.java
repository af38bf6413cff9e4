package io.hubfleet.program;

import io.hubfleet.components.PreviousDeployment;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.StackConfig;

import java.util.List;

/**
 * A stack stays in its region. Changing it replaces every resource the cloud provider makes there,
 * homes, buckets and backups included; they are protected, so {@code pulumi up} would stop midway with
 * half an estate replaced. The region deployed last is the stack's own {@code region} output; the program
 * refuses another one before anything is touched. {@code hubfleet diff} flags the change as well.
 */
final class RegionGuard {

    private RegionGuard() {
    }

    static void check(PreviousDeployment last, StackConfig config) {
        last.text("region").filter(region -> !region.equals(config.region())).ifPresent(region -> {
            throw new InvalidStackConfigException("the stack " + config.stack(), List.of(ConfigProblem.of(
                    ConfigPath.key("hubfleet:region"), "the stack was deployed in " + region + "; moving it to "
                            + config.region() + " would replace every resource, homes and buckets included",
                    region + ", or a new stack in " + config.region() + " with the data moved to it "
                            + "(docs/data-safety.md#changing-region)")));
        });
    }
}
