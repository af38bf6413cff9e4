package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.helm.daskgateway.DaskGatewayValues;

import javax.annotation.Nullable;
import java.util.Map;

/**
 * Dask Gateway for one hub, in the hub's namespace: clusters on demand for the hub's users, who
 * authenticate through the hub. Stateless: removing it removes running clusters, nothing else.
 */
public final class DaskGateway extends ComponentResource {

    public static final String TYPE = "hubfleet:index:DaskGateway";

    private static final HelmChart CHART = HelmChart.load("dask-gateway");

    private final Release release;

    public DaskGateway(String name, DaskGatewayArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.release = HelmRelease.create(name, DaskGatewayValues.FULLNAME, args.namespace(), false, CHART,
                Output.of(DaskGatewayValues.layered(CHART, args.config(), args.image())), 600,
                CustomResourceOptions.builder().parent(this).provider(args.site().kubernetesProvider())
                        // The hub's release makes the Secret holding this gateway's API token.
                        .dependsOn(args.hubRelease())
                        .build());
        // The worker sizes users choose from, for whoever reads the plan (the cost model prices them).
        registerOutputs(Map.of(
                "address", Output.of("/services/" + DaskGatewayValues.FULLNAME + "/"),
                "workerSizes", Output.of(args.config().workerSizes().stream()
                        .map(size -> (Object) Map.of("cpu", size.cpu(), "memoryGiB", size.memoryGiB())).toList())));
    }

    public Release release() {
        return release;
    }
}
