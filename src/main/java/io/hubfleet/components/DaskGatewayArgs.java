package io.hubfleet.components;

import com.pulumi.kubernetes.helm.v3.Release;
import io.hubfleet.config.hub.DaskConfig;
import io.hubfleet.config.hub.ImageConfig;

import java.util.Map;
import java.util.Objects;

/**
 * Arguments of {@link DaskGateway}.
 *
 * @param site         where its hub lives (required)
 * @param hub          the hub's name: it names the gateway's instance, unique on the cluster (required)
 * @param namespace    the hub's namespace, which it shares with the hub (required: it reads the hub's Secret)
 * @param config       limits, idle timeout and worker sizes (required)
 * @param image        the default image of schedulers and workers: the hub's user image (required)
 * @param hubRelease   the hub's release, whose Secret holds the gateway's API token (required)
 * @param userIdentity who schedulers and workers run as: the hub's users' identity (required)
 */
public record DaskGatewayArgs(HubSite site, String hub, String namespace, DaskConfig config, ImageConfig image,
                              Release hubRelease, UserIdentity userIdentity) {

    /**
     * The hub's user service account and the pod labels its cloud identity needs (AKS workload identity).
     *
     * @param serviceAccount the service account name in the hub's namespace
     * @param podLabels      labels every pod running as it needs
     */
    public record UserIdentity(String serviceAccount, Map<String, String> podLabels) {
        public UserIdentity {
            Objects.requireNonNull(serviceAccount, "UserIdentity.serviceAccount is required");
            podLabels = Map.copyOf(Objects.requireNonNull(podLabels, "UserIdentity.podLabels is required"));
        }
    }

    public DaskGatewayArgs {
        Objects.requireNonNull(site, "DaskGatewayArgs.site is required");
        Objects.requireNonNull(hub, "DaskGatewayArgs.hub is required");
        Objects.requireNonNull(namespace, "DaskGatewayArgs.namespace is required");
        Objects.requireNonNull(config, "DaskGatewayArgs.config is required");
        Objects.requireNonNull(image, "DaskGatewayArgs.image is required");
        Objects.requireNonNull(hubRelease, "DaskGatewayArgs.hubRelease is required");
        Objects.requireNonNull(userIdentity, "DaskGatewayArgs.userIdentity is required");
    }
}
