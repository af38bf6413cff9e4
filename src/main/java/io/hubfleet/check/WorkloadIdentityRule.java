package io.hubfleet.check;

import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pods reach the cloud only through workload identity: no service-account keys, access keys, users or
 * static credentials anywhere, and the cluster's workload identity is on.
 */
final class WorkloadIdentityRule implements SecurityRule {

    /** Resource types that are, or make, long-lived credentials. */
    static final Map<String, String> STATIC_CREDENTIALS = Map.of(
            "gcp:serviceaccount/key:Key", "a service account key",
            "aws:iam/accessKey:AccessKey", "an IAM access key",
            "aws:iam/user:User", "an IAM user",
            "aws:iam/userLoginProfile:UserLoginProfile", "an IAM user password",
            "azuread:index/applicationPassword:ApplicationPassword", "an application password",
            "azuread:index/servicePrincipalPassword:ServicePrincipalPassword", "a service principal password");

    @Override
    public String id() {
        return "workload-identity";
    }

    @Override
    public String invariant() {
        return "pods reach the cloud only through workload identity; no keys or static credentials exist";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource resource : plan.plan().resources()) {
            String credential = STATIC_CREDENTIALS.get(resource.type());
            if (credential != null) {
                out.add(PlanIndex.violation(this, resource, "creates " + credential,
                        "remove it; grant the workload's identity instead (Workload Identity, IRSA, federated credentials)"));
            }
            if (resource.type().equals("kubernetes:core/v1:Secret")
                    && "kubernetes.io/service-account-token".equals(resource.input("/type").asText())) {
                out.add(PlanIndex.violation(this, resource, "creates a long-lived service account token",
                        "remove it; pods get short-lived projected tokens"));
            }
        }
        for (PlanResource cluster : plan.ofType("gcp:container/cluster:Cluster")) {
            if (cluster.input("/workloadIdentityConfig/workloadPool").asText().isEmpty()) {
                out.add(PlanIndex.violation(this, cluster, "Workload Identity is off", "set workloadIdentityConfig.workloadPool"));
            }
        }
        for (PlanResource pool : plan.ofType("gcp:container/nodePool:NodePool")) {
            if (!"GKE_METADATA".equals(pool.input("/nodeConfig/workloadMetadataConfig/mode").asText())) {
                out.add(PlanIndex.violation(this, pool, "pods see the node's identity, not their own",
                        "set nodeConfig.workloadMetadataConfig.mode: GKE_METADATA"));
            }
        }
        if (!plan.ofType("aws:eks/cluster:Cluster").isEmpty() && plan.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").isEmpty()) {
            PlanResource cluster = plan.ofType("aws:eks/cluster:Cluster").get(0);
            out.add(PlanIndex.violation(this, cluster, "the cluster has no IAM OIDC provider, so no IRSA",
                    "create the cluster's OpenIdConnectProvider"));
        }
        for (PlanResource cluster : plan.ofType("azure-native:containerservice:ManagedCluster")) {
            if (!cluster.input("/securityProfile/workloadIdentity/enabled").asBoolean(false)
                    || !cluster.input("/oidcIssuerProfile/enabled").asBoolean(false)) {
                out.add(PlanIndex.violation(this, cluster, "workload identity or the OIDC issuer is off",
                        "enable securityProfile.workloadIdentity and oidcIssuerProfile"));
            }
            if (!cluster.input("/disableLocalAccounts").asBoolean(false)) {
                out.add(PlanIndex.violation(this, cluster, "local accounts (static cluster credentials) are on",
                        "set disableLocalAccounts: true"));
            }
        }
        for (PlanResource account : plan.ofType("azure-native:storage:StorageAccount")) {
            if (plan.hubOf(account).isPresent() && account.input("/allowSharedKeyAccess").asBoolean(true)) {
                out.add(PlanIndex.violation(this, account, "a hub's storage account accepts shared keys",
                        "set allowSharedKeyAccess: false"));
            }
        }
        return out;
    }
}
