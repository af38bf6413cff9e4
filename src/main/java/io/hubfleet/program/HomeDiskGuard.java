package io.hubfleet.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.hubfleet.components.PreviousDeployment;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.InvalidStackConfigException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Disks only grow. GCP would replace a smaller persistent disk with a new, empty one (its provider forces
 * a new disk on shrinking), AWS and Azure refuse to shrink a volume; hubfleet refuses before any of that,
 * naming the hub and the size it was. The sizes deployed last are the stack's own {@code homeDisks}
 * output, read back through a reference to the stack itself (a stack may reference its own outputs,
 * pulumi/pulumi#3722); a stack never deployed has none. Offline, there is no previous deployment:
 * {@code hubfleet diff} flags a smaller disk instead.
 */
final class HomeDiskGuard {

    static final String OUTPUT = "homeDisks";

    private HomeDiskGuard() {
    }

    /**
     * Refuses any hub whose disk is smaller than when last deployed, then exports the sizes.
     *
     * @param sizes each hub's disk size in GiB, by hub name
     * @param paths where each hub's size is set in the stack file, by hub name
     */
    static void check(Context ctx, PreviousDeployment last, String stackFile, Map<String, Integer> sizes,
                      Map<String, ConfigPath> paths) {
        Map<String, Integer> previous = last.numbers(OUTPUT);
        List<ConfigProblem> problems = new ArrayList<>();
        new TreeMap<>(sizes).forEach((hub, size) -> {
            Integer before = previous.get(hub);
            if (before != null && size < before) {
                problems.add(ConfigProblem.of(paths.get(hub), "the home disk of hub " + hub + " is " + before
                        + " GiB, and disks only grow: " + size + " GiB would lose it (GCP replaces a shrunk disk "
                        + "with an empty one; AWS and Azure refuse)", "at least " + before + " GiB"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidStackConfigException(stackFile, problems);
        }
        ctx.export(OUTPUT, Output.of(new TreeMap<>(sizes)));
    }
}
