package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.helm.daskgateway.DaskGatewayValues;
import io.hubfleet.helm.daskgateway.DaskNetworkPolicy;
import io.hubfleet.kubernetes.KubernetesObject;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * Dask Gateway for one hub, in the hub's namespace: clusters on demand for the hub's users, who
 * authenticate through the hub. Stateless: removing it removes running clusters, nothing else.
 */
public final class DaskGateway extends ComponentResource {

    public static final String TYPE = "hubfleet:index:DaskGateway";

    /** The pinned chart; it ships the DaskCluster and Traefik CRDs in crds/. */
    public static final HelmChart CHART = HelmChart.load("dask-gateway");

    private final Release release;

    public DaskGateway(String name, DaskGatewayArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        String instance = DaskGatewayValues.fullname(args.hub());
        // Before the first scheduler starts: its pods run user code, and the chart guards none of them.
        KubernetesObject policy = new KubernetesObject(name + "-clusters", KubernetesObject.Args.of(
                "networking.k8s.io/v1", "NetworkPolicy",
                Map.of("name", instance + "-clusters", "namespace", args.namespace()),
                DaskNetworkPolicy.spec(instance, args.site().cloud())),
                // The hub's release comes after the hub's namespace, which the policy lives in.
                CustomResourceOptions.builder().parent(this).provider(args.site().kubernetesProvider())
                        .dependsOn(args.hubRelease()).build());
        this.release = HelmRelease.create(name, DaskGatewayValues.RELEASE_NAME, args.namespace(), false, CHART,
                Output.of(DaskGatewayValues.layered(CHART, args.hub(), args.config(), args.image(),
                        args.userIdentity().serviceAccount(), args.userIdentity().podLabels())), 600,
                CustomResourceOptions.builder().parent(this).provider(args.site().kubernetesProvider())
                        // The hub's release makes the Secret holding this gateway's API token.
                        .dependsOn(List.of(args.hubRelease(), policy))
                        .build());
        // The worker sizes users choose from, for whoever reads the plan (the cost model prices them).
        registerOutputs(Map.of(
                "address", Output.of("/services/" + DaskGatewayValues.SERVICE_NAME + "/"),
                "workerSizes", Output.of(args.config().workerSizes().stream()
                        .map(size -> (Object) Map.of("cpu", size.cpu(), "memoryGiB", size.memoryGiB())).toList())));
    }

    public Release release() {
        return release;
    }
}
