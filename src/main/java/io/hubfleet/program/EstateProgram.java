package io.hubfleet.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.ClusterArgs;
import io.hubfleet.components.NodePool;
import io.hubfleet.components.NodePoolArgs;
import io.hubfleet.config.NodePoolConfig;
import io.hubfleet.config.StackConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * A community's whole estate from its validated stack config: the program both {@code pulumi up} and
 * the offline plan run. It only composes components; decisions live in them.
 */
public final class EstateProgram {

    private EstateProgram() {
    }

    public static void define(Context ctx, StackConfig config) {
        CloudAccount account = new CloudAccount(config.stack(), CloudAccountArgs.of(config));
        Cluster cluster = new Cluster(config.cluster().name(), ClusterArgs.of(account, config.cluster()));
        List<NodePool> pools = new ArrayList<>();
        for (NodePoolConfig pool : config.nodePools()) {
            pools.add(new NodePool(config.cluster().name() + "-" + pool.name(), NodePoolArgs.of(cluster, pool),
                    ComponentResourceOptions.builder().parent(cluster).build()));
        }

        ctx.export("cloud", Output.of(config.cloud().configName()));
        ctx.export("region", Output.of(config.region()));
        ctx.export("clusterName", cluster.clusterName());
        ctx.export("kubeconfig", cluster.kubeconfig());
        ctx.export("nodePools", Output.all(pools.stream().map(NodePool::poolName).toList()));
    }
}
