package io.hubfleet.config.hub;

import io.hubfleet.machines.Allocatable;

/**
 * The room an event's placeholders hold: one placeholder pod per node the expected users fill, each
 * asking for as many users' guarantees as fit what a node leaves for pods. A node-sized placeholder fits
 * only on an empty node, so the room is made on new nodes, beside whatever already runs; the first user
 * scheduled there preempts it (placeholders run at z2jh's negative user-placeholder priority).
 *
 * @param usersPerNode users of the profile one node holds
 * @param nodes        nodes (and placeholder pods) for the expected users
 * @param podCpu       vCPUs each placeholder asks for (millicores, rounded down)
 * @param podMemoryMiB memory each placeholder asks for, in MiB (rounded down)
 */
public record EventRoom(int usersPerNode, int nodes, double podCpu, long podMemoryMiB) {

    /**
     * The generated profiles' choices (helm.jupyterhub.ProfileValues): shares of a node, smallest first,
     * none under 1 GiB; the smallest is preselected, and it is the one an event of a generated profile
     * makes room for.
     */
    static final int[] SHARES = {16, 8, 4, 2, 1};
    static final double MIN_CHOICE_GIB = 1.0;

    /**
     * A user's guarantee.
     *
     * @param cpu       vCPUs guaranteed
     * @param memoryGiB memory guaranteed, in GiB
     */
    public record PerUser(double cpu, double memoryGiB) {

        /** A declared profile's preselected size (its own, or its preselected resource choice). */
        public static PerUser of(ProfileConfig profile, ResourcesConfig hubDefaults) {
            ProfileConfig.Size size = profile.preselectedSize();
            return new PerUser(size.cpuGuarantee() != null ? size.cpuGuarantee() : hubDefaults.cpuGuarantee(),
                    size.memoryGuaranteeGiB());
        }
    }

    /** The preselected (smallest) choice of a generated profile on a node leaving {@code node} for pods. */
    public static PerUser smallestShare(Allocatable node) {
        for (int share : SHARES) {
            double memory = node.memoryGiB() / share;
            if (memory >= MIN_CHOICE_GIB) {
                // As ProfileValues writes them: CPU floored to two decimals, memory floored to the MiB.
                double cpu = Math.floor(node.cpu() / share * 100) / 100;
                return new PerUser(cpu, Math.floor(memory * 1024) / 1024);
            }
        }
        return new PerUser(node.cpu(), node.memoryGiB());
    }

    /** The room for {@code users} users of {@code perUser} on nodes leaving {@code node}; empty when one does not fit. */
    public static java.util.Optional<EventRoom> of(int users, PerUser perUser, Allocatable node) {
        long byMemory = (long) Math.floor(node.memoryGiB() / perUser.memoryGiB());
        long byCpu = perUser.cpu() > 0 ? (long) Math.floor(node.cpu() / perUser.cpu()) : Long.MAX_VALUE;
        int perNode = (int) Math.min(Math.min(byMemory, byCpu), users);
        if (perNode < 1) {
            return java.util.Optional.empty();
        }
        int nodes = (users + perNode - 1) / perNode;
        double cpu = Math.floor(perUser.cpu() * perNode * 1000) / 1000;
        long memoryMiB = (long) Math.floor(perUser.memoryGiB() * perNode * 1024);
        return java.util.Optional.of(new EventRoom(perNode, nodes, cpu, memoryMiB));
    }
}
