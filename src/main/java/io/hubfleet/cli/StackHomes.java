package io.hubfleet.cli;

import io.hubfleet.plan.Plan;
import io.hubfleet.restore.HubHome;
import io.hubfleet.restore.HubHomeReader;

import java.nio.file.Path;
import java.util.List;

/** A stack's hubs' homes, from its offline plan and, for a hub-only stack, its cluster stack's. */
final class StackHomes {

    private StackHomes() {
    }

    static List<HubHome> of(StackPlanner planner, Path stacksDir, String stack) {
        Plan plan = planner.plan(StackFiles.locate(stacksDir, stack));
        Plan cluster = plan;
        String clusterStack = plan.outputs().path("clusterStack").asText("");
        if (!clusterStack.isEmpty()) {
            // organization/project/stack: the cluster stack's file is beside this one.
            cluster = planner.plan(StackFiles.locate(stacksDir, clusterStack.substring(clusterStack.lastIndexOf('/') + 1)));
        }
        List<HubHome> homes = HubHomeReader.read(plan, cluster);
        if (homes.isEmpty()) {
            throw new BadArgumentException("stack " + plan.stack() + " has no hubs, so no homes");
        }
        return homes;
    }

    /** The hub named in the stack file, or by its name on the cluster; exit 2 naming the hubs when none is. */
    static HubHome select(List<HubHome> homes, String hub) {
        return homes.stream().filter(home -> home.hub().equals(hub) || home.instance().equals(hub)).findFirst()
                .orElseThrow(() -> new BadArgumentException("stack " + homes.get(0).stack() + " has no hub " + hub
                        + "; its hubs: " + String.join(", ", homes.stream().map(StackHomes::named).toList())));
    }

    private static String named(HubHome home) {
        return home.instance().equals(home.hub()) ? home.hub() : home.hub() + " (" + home.instance() + " on the cluster)";
    }
}
