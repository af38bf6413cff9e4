package io.hubfleet.cli;

import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;

import java.nio.file.Path;

/**
 * How the commands plan a stack file ({@code plan}, {@code export}, {@code homes}): offline, by
 * {@link OfflinePlanner}, unless the caller hands the command line another planner. The tests hand it
 * one that gives the example stacks' plans they already made (each example planned once per test run)
 * and plans every other file as this one does.
 */
@FunctionalInterface
public interface StackPlanner {

    /** What {@code ./hubfleet} uses: a new offline plan of the file. */
    StackPlanner OFFLINE = OfflinePlanner::plan;

    /**
     * The plan of a stack file; a hub-only stack's cluster stack is planned from its file beside this one.
     *
     * @throws io.hubfleet.config.InvalidStackConfigException when the file is refused
     */
    Plan plan(Path stackFile);
}
