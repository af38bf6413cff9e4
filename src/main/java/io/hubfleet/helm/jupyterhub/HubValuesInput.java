package io.hubfleet.helm.jupyterhub;


import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the typed layer of a hub's jupyterhub values is made from, resolved to plain values.
 *
 * @param hub                 the hub's config
 * @param namespace           its namespace
 * @param gateway             the Gateway its HTTPRoute attaches to
 * @param oauthSecretName     the Secret holding the OAuth client secret (key {@code client-secret})
 * @param userServiceAccount  the service account user pods run as
 * @param homeClaimName       the PVC of the hub's home directory
 * @param scratchBucketUrl    the scratch bucket, such as gs://bucket
 * @param persistentBucketUrl the persistent bucket, when there is one
 * @param userPools           the stack's user pools, for generated profiles
 * @param podLabels           labels every user pod needs (workload identity on AKS), possibly empty
 * @param daskGateway         the hub's Dask Gateway, when it has one
 * @param metricsScraper      the cluster's Prometheus, when monitoring is on
 * @param cloud               the cloud the cluster runs on (how user pods reach its metadata server)
 */
public record HubValuesInput(
        HubConfig hub,
        String namespace,
        GatewayRef gateway,
        String oauthSecretName,
        String userServiceAccount,
        String homeClaimName,
        String scratchBucketUrl,
        Optional<String> persistentBucketUrl,
        List<UserPool> userPools,
        Map<String, String> podLabels,
        Optional<DaskGatewayRef> daskGateway,
        Optional<MetricsScraper> metricsScraper,
        Cloud cloud) {

    /**
     * A Gateway listener an HTTPRoute attaches to.
     *
     * @param name        the Gateway's name
     * @param namespace   its namespace
     * @param sectionName the listener for this hub's domain
     */
    public record GatewayRef(String name, String namespace, String sectionName) {
    }

    /**
     * The cluster's Prometheus: the pods in a namespace, by their labels, that read the hub's metrics.
     *
     * @param namespace the namespace it runs in
     * @param podLabels labels of its server pods
     */
    public record MetricsScraper(String namespace, Map<String, String> podLabels) {
    }

    /**
     * Where a hub's Dask Gateway answers.
     *
     * @param serviceName  the JupyterHub service name users' clients address (/services/dask-gateway)
     * @param instance     the gateway's instance (the chart's fullname): its pods carry it in the label
     *                     {@code gateway.dask.org/instance}, and its Traefik is {@code traefik-<instance>}
     * @param proxyUrl     its Traefik inside the cluster, http://traefik-&lt;instance&gt;.ns:80
     * @param proxyAddress the scheduler address clients dial, gateway://traefik-&lt;instance&gt;.ns:80
     */
    public record DaskGatewayRef(String serviceName, String instance, String proxyUrl, String proxyAddress) {

        public static DaskGatewayRef of(String serviceName, String instance, String namespace) {
            String traefik = "traefik-" + instance + "." + namespace + ":80";
            return new DaskGatewayRef(serviceName, instance, "http://" + traefik, "gateway://" + traefik);
        }
    }
}
