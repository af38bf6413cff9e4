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
import java.util.Map;
import java.util.TreeMap;


/**
 * A hub's values for the {@code dask-gateway} chart: the baseline ({@code components/dask-gateway/values.yaml})
 * then what the hub's {@code dask:} config produces. Authentication goes through the hub: the chart
 * reads the API token z2jh generated for the hub service into the hub's Secret (both charts share the
 * hub's namespace), and only users granted the service's scope may create clusters. Schedulers run on
 * user nodes, workers on dask-worker nodes.
 */
public final class DaskGatewayValues {

    /** The gateway as a JupyterHub service: users' clients address /services/dask-gateway. */
    public static final String SERVICE_NAME = "dask-gateway";
    /** The release's name, in the hub's namespace. */
    public static final String RELEASE_NAME = "dask-gateway";

    /**
     * The chart's fullname for a hub: {@code <hub>-dask-gateway}. It names the gateway's cluster-wide
     * objects (its Traefik's and controller's ClusterRoles), its services (api-, traefik-) and the
     * instance label its Traefik selects routes by in every namespace, so it must be unique per cluster.
     */
    public static String fullname(String hub) {
        return hub + "-dask-gateway";
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private DaskGatewayValues() {
    }

    public static ObjectNode layered(HelmChart chart, String hub, DaskConfig dask, ImageConfig image,
                                     String serviceAccount, Map<String, String> podLabels) {
        return HelmValues.layer(List.of(chart.baselineCopy(), typed(hub, dask, image, serviceAccount, podLabels)));
    }

    /**
     * The typed layer; schedulers and workers default to the hub's user image and run as the hub's user
     * service account, with the labels its cloud identity needs.
     */
    public static ObjectNode typed(String hub, DaskConfig dask, ImageConfig image, String serviceAccount,
                                   Map<String, String> podLabels) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.put("fullnameOverride", fullname(hub));
        ObjectNode gateway = values.putObject("gateway");
        gateway.put("prefix", "/services/" + SERVICE_NAME);
        gateway.putObject("auth").put("type", "jupyterhub").putObject("jupyterhub")
                .put("apiTokenFromSecretName", "hub")
                .put("apiTokenFromSecretKey", "hub.services." + SERVICE_NAME + ".apiToken")
                .put("jupyterhubServiceName", SERVICE_NAME);
        ObjectNode backend = gateway.putObject("backend");
        backend.putObject("image").put("name", image.name()).put("tag", image.tag());
        // KubeClusterConfig.*_extra_pod_config merges into the pod spec (controller.py make_pod).
        backend.withObject("/scheduler/extraPodConfig").put("serviceAccountName", serviceAccount);
        backend.withObject("/worker/extraPodConfig").put("serviceAccountName", serviceAccount);
        ObjectNode extraConfig = gateway.putObject("extraConfig");
        extraConfig.put("hubfleet-10-limits", limits(dask));
        extraConfig.put("hubfleet-20-options", options(dask.workerSizes(), image));
        extraConfig.put("hubfleet-30-identity", identityLabels(podLabels));
        return values;
    }

    /**
     * Pod labels for schedulers and workers. The chart has no value for them: they are KubeClusterConfig
     * traits, set here as JSON literals (a JSON object is a Python dict literal).
     */
    static String identityLabels(Map<String, String> podLabels) {
        String dict;
        try {
            dict = JSON.writeValueAsString(new TreeMap<>(podLabels));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "# Set by hubfleet: the labels the hub's cloud identity needs on pods that use it.\n"
                + "c.KubeClusterConfig.scheduler_extra_pod_labels = " + dict + "\n"
                + "c.KubeClusterConfig.worker_extra_pod_labels = " + dict + "\n";
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
