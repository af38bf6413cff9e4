package io.hubfleet.cloud;

import java.util.List;

/**
 * A cluster, resolved once from the stack file ({@code ClusterArgs.spec()}): what each cloud's cluster
 * handle makes, and keeps for the levels below it.
 *
 * @param clusterName        the cluster's name in the cloud
 * @param kubernetesVersion  the pinned minor version
 * @param regional           control plane and nodes across the region's zones
 * @param corePool           the always-on pool, resolved (AKS makes it with the cluster)
 * @param maintenanceWindow  when the cloud may upgrade it
 * @param apiAuthorizedCidrs who may reach the API's public endpoint (0.0.0.0/0 alone: anyone)
 * @param network            address ranges
 * @param zones              zones the nodes spread over
 * @param adminPrincipals    cluster administrators besides the deploying identity
 * @param releaseChannel     GKE only: the release channel
 * @param controlPlaneLogs   EKS only: the control-plane logs kept
 */
public record ClusterSpec(String clusterName, String kubernetesVersion, boolean regional, NodePoolSpec corePool,
                          MaintenanceWindow maintenanceWindow, List<String> apiAuthorizedCidrs,
                          ClusterNetwork network, List<String> zones, List<String> adminPrincipals,
                          String releaseChannel, ControlPlaneLogs controlPlaneLogs) {

    /** Who may reach the API from anywhere: the API's public endpoint with no restriction. */
    public static final List<String> ANYWHERE = List.of("0.0.0.0/0");

    public ClusterSpec {
        apiAuthorizedCidrs = List.copyOf(apiAuthorizedCidrs);
        zones = List.copyOf(zones);
        adminPrincipals = List.copyOf(adminPrincipals);
    }

    /** Whether the API's public endpoint is open to anyone ({@link #ANYWHERE}). */
    public boolean apiOpenToAnywhere() {
        return apiAuthorizedCidrs.equals(ANYWHERE);
    }
}
