package io.hubfleet.components;

import io.hubfleet.cloud.NodePoolSpec;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.cloud.NodeScheduling;
import io.hubfleet.cloud.PoolMachine;
import io.hubfleet.config.CorePoolConfig;
import io.hubfleet.config.NodePoolConfig;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.ResolvedMachine;

import java.util.Map;
import java.util.Objects;

/**
 * Arguments of {@link NodePool}. Size it with exactly one of {@link Builder#machine} (portable) and
 * {@link Builder#machineType} (exact); both or neither is refused when built.
 */
public final class NodePoolArgs {

    private final Cluster cluster;
    private final String poolName;
    private final NodeRole role;
    private final MachineSpec machine;
    private final String machineType;
    private final GpuSpec gpu;
    private final int minNodes;
    private final int maxNodes;
    private final boolean spot;
    private final int diskSizeGiB;
    private final Map<String, String> labels;
    /** The machine, resolved on the cluster's cloud the first time it is asked for, and only then. */
    private ResolvedMachine resolved;
    private NodePoolSpec spec;

    private NodePoolArgs(Builder b) {
        this.cluster = Objects.requireNonNull(b.cluster, "NodePoolArgs.cluster is required");
        this.poolName = Objects.requireNonNull(b.poolName, "NodePoolArgs.poolName is required");
        this.role = Objects.requireNonNull(b.role, "NodePoolArgs.role is required");
        if ((b.machine == null) == (b.machineType == null)) {
            throw new IllegalArgumentException("NodePoolArgs for pool " + b.poolName
                    + " needs exactly one of machine (portable) and machineType (exact); got "
                    + (b.machine == null ? "neither" : "both"));
        }
        if (b.maxNodes == null) {
            throw new IllegalArgumentException("NodePoolArgs.maxNodes is required for pool " + b.poolName);
        }
        if (b.minNodes > b.maxNodes) {
            throw new IllegalArgumentException("NodePoolArgs for pool " + b.poolName + ": minNodes (" + b.minNodes
                    + ") is greater than maxNodes (" + b.maxNodes + ")");
        }
        if (role == NodeRole.CORE && b.minNodes < 1) {
            throw new IllegalArgumentException("the core pool needs at least one node: the hub lives there");
        }
        this.machine = b.machine;
        this.machineType = b.machineType;
        this.gpu = b.gpu;
        this.minNodes = b.minNodes;
        this.maxNodes = b.maxNodes;
        this.spot = b.spot;
        this.diskSizeGiB = b.diskSizeGiB;
        this.labels = Map.copyOf(b.labels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A scalable pool from a stack file's {@code hubfleet:nodePools} entry. */
    public static NodePoolArgs of(Cluster cluster, NodePoolConfig config) {
        return builder()
                .cluster(cluster)
                .poolName(config.name())
                .role(CloudSpecs.role(config.purpose()))
                .machine(config.machine())
                .machineType(config.machineType())
                .gpu(config.gpu())
                .minNodes(config.min())
                .maxNodes(config.max())
                .spot(config.spot())
                .diskSizeGiB(config.diskSizeGiB())
                .labels(config.labels())
                .build();
    }

    /** The core pool from {@code hubfleet:cluster.corePool}. */
    public static NodePoolArgs core(Cluster cluster, CorePoolConfig config) {
        return builder()
                .cluster(cluster)
                .poolName("core")
                .role(NodeRole.CORE)
                .machine(config.machine())
                .machineType(config.machineType())
                .minNodes(config.min())
                .maxNodes(config.max())
                .diskSizeGiB(config.diskSizeGiB())
                .build();
    }

    public Cluster cluster() {
        return cluster;
    }

    public String poolName() {
        return poolName;
    }

    public NodeRole role() {
        return role;
    }

    /** Portable size, or null when {@link #machineType()} is set. */
    public MachineSpec machine() {
        return machine;
    }

    /** Exact type, or null when {@link #machine()} is set. */
    public String machineType() {
        return machineType;
    }

    /** GPUs per node; default none (or what the machine type has built in). */
    public GpuSpec gpu() {
        return gpu;
    }

    /** Fewest nodes; default 0 (scale to zero). */
    public int minNodes() {
        return minNodes;
    }

    /** Most nodes (required). */
    public int maxNodes() {
        return maxNodes;
    }

    /** Spot/preemptible capacity; default false. */
    public boolean spot() {
        return spot;
    }

    /** Boot disk per node; default 100 GiB. */
    public int diskSizeGiB() {
        return diskSizeGiB;
    }

    /** Extra node labels; default none. */
    public Map<String, String> labels() {
        return labels;
    }

    public static final class Builder {
        private Cluster cluster;
        private String poolName;
        private NodeRole role;
        private MachineSpec machine;
        private String machineType;
        private GpuSpec gpu;
        private int minNodes;
        private Integer maxNodes;
        private boolean spot;
        private int diskSizeGiB = 100;
        private Map<String, String> labels = Map.of();

        public Builder cluster(Cluster value) {
            this.cluster = value;
            return this;
        }

        public Builder poolName(String value) {
            this.poolName = value;
            return this;
        }

        public Builder role(NodeRole value) {
            this.role = value;
            return this;
        }

        public Builder machine(MachineSpec value) {
            this.machine = value;
            return this;
        }

        public Builder machineType(String value) {
            this.machineType = value;
            return this;
        }

        public Builder gpu(GpuSpec value) {
            this.gpu = value;
            return this;
        }

        public Builder minNodes(int value) {
            this.minNodes = value;
            return this;
        }

        public Builder maxNodes(int value) {
            this.maxNodes = value;
            return this;
        }

        public Builder spot(boolean value) {
            this.spot = value;
            return this;
        }

        public Builder diskSizeGiB(int value) {
            this.diskSizeGiB = value;
            return this;
        }

        public Builder labels(Map<String, String> value) {
            this.labels = value;
            return this;
        }

        public NodePoolArgs build() {
            return new NodePoolArgs(this);
        }
    }

    /**
     * The pool's machine resolved on its cluster's cloud: once per pool, here, however often the pool's spec,
     * its outputs and the profiles sized by it ask.
     */
    public ResolvedMachine resolvedMachine() {
        if (resolved == null) {
            resolved = MachineCatalogue.of(cluster().account().cloud()).resolve(machine(), machineType(), gpu(), spot());
        }
        return resolved;
    }

    /** The pool as its cloud builds it: its resolved machine, labels and taints (made once). */
    public NodePoolSpec spec() {
        if (spec == null) {
            PoolMachine machine = CloudSpecs.machine(resolvedMachine());
            spec = new NodePoolSpec(
                    poolName(),
                    role(),
                    machine,
                    NodeScheduling.of(role(), machine.gpus(), poolName(), labels()),
                    minNodes(),
                    maxNodes(),
                    spot(),
                    diskSizeGiB());
        }
        return spec;
    }
}
