package io.hubfleet.components;

import io.hubfleet.cloud.NodePoolSpec;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.hubfleet.cloud.PoolMachine;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.machines.ResolvedMachine;

import javax.annotation.Nullable;
import java.util.Map;

/**
 * An autoscaling node pool of a {@link Cluster}: its machine resolved on the cluster's cloud, its
 * labels and taints set by its {@link NodeRole}. Pools carry no user data: replacing one is safe.
 */
public final class NodePool extends ComponentResource {

    public static final String TYPE = "hubfleet:index:NodePool";

    private final NodePoolSpec spec;
    private final ResolvedMachine machine;
    private final ProvisionedNodePool provisioned;

    public NodePool(String name, NodePoolArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        Cluster cluster = args.cluster();
        this.spec = args.spec();
        this.machine = args.resolvedMachine();
        this.provisioned = cluster.provisioned().nodePool(this, name, spec);
        // What the pool is, for whoever reads the plan (the cost model prices it from these).
        java.util.Map<String, Output<?>> outputs = new java.util.LinkedHashMap<>();
        outputs.put("poolName", provisioned.name());
        outputs.put("pool", Output.of(spec.poolName()));
        outputs.put("role", Output.of(spec.role().label()));
        outputs.put("machineType", Output.of(spec.machine().typeName()));
        outputs.put("spot", Output.of(spec.spot()));
        outputs.put("minNodes", Output.of(spec.minNodes()));
        outputs.put("maxNodes", Output.of(spec.maxNodes()));
        outputs.put("diskSizeGiB", Output.of(spec.diskSizeGiB()));
        outputs.put("gpuType", Output.of(spec.machine().gpus().map(PoolMachine.Gpus::model).orElse("")));
        outputs.put("gpuCount", Output.of(spec.machine().gpus().map(PoolMachine.Gpus::count).orElse(0)));
        registerOutputs(outputs);
    }

    public NodePoolSpec spec() {
        return spec;
    }

    /** The machine the catalogue resolved for the pool (its capacity sizes profiles and monitoring). */
    public ResolvedMachine machine() {
        return machine;
    }

    public Output<String> poolName() {
        return provisioned.name();
    }
}
