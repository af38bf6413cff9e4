package io.hubfleet.helm.daskgateway;


import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.DaskConfig;
import io.hubfleet.config.hub.ImageConfig;
import io.hubfleet.config.hub.WorkerSizeConfig;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmValues;
import io.hubfleet.helm.Quantities;

import java.util.List;


/**
 * A hub's values for the {@code dask-gateway} chart: the baseline ({@code components/dask-gateway/values.yaml})
 * then what the hub's {@code dask:} config produces. Authentication goes through the hub: the chart
 * reads the API token z2jh generated for the hub service into the hub's Secret (both charts share the
 * hub's namespace), and only users granted the service's scope may create clusters. Schedulers run on
 * user nodes, workers on dask-worker nodes.
 */
public final class DaskGatewayValues {

    /** The chart's fullname, hence its services api-dask-gateway and traefik-dask-gateway. */
    public static final String FULLNAME = "dask-gateway";

    private DaskGatewayValues() {
    }

    public static ObjectNode layered(HelmChart chart, DaskConfig dask, ImageConfig image) {
        return HelmValues.layer(List.of(chart.baselineCopy(), typed(dask, image)));
    }

    /** The typed layer; schedulers and workers default to the hub's user image. */
    public static ObjectNode typed(DaskConfig dask, ImageConfig image) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.put("fullnameOverride", FULLNAME);
        ObjectNode gateway = values.putObject("gateway");
        gateway.put("prefix", "/services/" + FULLNAME);
        gateway.putObject("auth").put("type", "jupyterhub").putObject("jupyterhub")
                .put("apiTokenFromSecretName", "hub")
                .put("apiTokenFromSecretKey", "hub.services." + FULLNAME + ".apiToken")
                .put("jupyterhubServiceName", FULLNAME);
        gateway.putObject("backend").putObject("image").put("name", image.name()).put("tag", image.tag());
        ObjectNode extraConfig = gateway.putObject("extraConfig");
        extraConfig.put("hubfleet-10-limits", limits(dask));
        extraConfig.put("hubfleet-20-options", options(dask.workerSizes(), image));
        return values;
    }

    static String limits(DaskConfig dask) {
        return String.join("\n",
                "# Set by hubfleet from the hub's dask: config.",
                "c.KubeClusterConfig.idle_timeout = " + dask.idleTimeoutSeconds(),
                "c.KubeClusterConfig.cluster_max_cores = " + dask.maxCoresPerCluster(),
                "c.KubeClusterConfig.cluster_max_memory = \"" + Quantities.memory(dask.maxMemoryPerClusterGiB()) + "\"",
                "c.KubeClusterConfig.cluster_max_workers = " + dask.maxWorkersPerCluster(),
                "");
    }

    /** Cluster options: a worker size from the hub's list (the first is the default) and an image. */
    static String options(List<WorkerSizeConfig> sizes, ImageConfig image) {
        StringBuilder table = new StringBuilder();
        for (WorkerSizeConfig size : sizes) {
            table.append("    ").append(pythonString(label(size))).append(": {")
                    .append("\"worker_cores\": ").append(size.cpu()).append(", ")
                    .append("\"worker_cores_limit\": ").append(size.cpu()).append(", ")
                    .append("\"worker_memory\": \"").append(Quantities.memory(size.memoryGiB())).append("\", ")
                    .append("\"worker_memory_limit\": \"").append(Quantities.memory(size.memoryGiB())).append("\"},\n");
        }
        return "# Set by hubfleet from the hub's dask.workerSizes.\n"
                + "from dask_gateway_server.options import Options, Select, String\n"
                + "WORKER_SIZES = {\n" + table + "}\n"
                + "def hubfleet_options(options):\n"
                + "    return {**WORKER_SIZES[options.worker_size], \"image\": options.image}\n"
                + "c.Backend.cluster_options = Options(\n"
                + "    Select(\"worker_size\", list(WORKER_SIZES), default=" + pythonString(label(sizes.get(0)))
                + ", label=\"Worker size\"),\n"
                + "    String(\"image\", default=" + pythonString(image.reference()) + ", label=\"Image\"),\n"
                + "    handler=hubfleet_options,\n"
                + ")\n";
    }

    static String label(WorkerSizeConfig size) {
        return Quantities.gibForPeople(size.cpu()) + " vCPU, " + Quantities.gibForPeople(size.memoryGiB()) + " GiB";
    }

    private static String pythonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
