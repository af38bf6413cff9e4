package io.hubfleet.components;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.TextPlanRenderer;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** A hub's Kubernetes side and its release, cloud-neutral parts (GCP identity: GcpHubIdentityTest). */
class HubTest {

    private static Plan plan;

    @BeforeAll
    static void planTwoHubs() {
        plan = Stacks.plan(Stacks.managedHomes(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB));
    }

    @Test
    void eachHubIsAComponentWithItsOwnNamespace() {
        for (String hub : List.of("alpha", "beta")) {
            PlanResource namespace = plan.get("kubernetes:core/v1:Namespace", hub);
            assertParent(plan, namespace, Hub.TYPE, hub);
            assertThat(namespace.input("/metadata/name").asText()).isEqualTo(hub);
            assertThat(namespace.input("/metadata/labels/hubfleet.io~1hub-name").asText()).isEqualTo(hub);
            assertThat(namespace.provider()).isEqualTo(plan.get("pulumi:providers:kubernetes", "test-kubernetes").urn());
        }
    }

    @Test
    void theReleaseIsThePinnedZ2jhChartInTheHubsNamespace() {
        PlanResource release = plan.get(Releases.TYPE, "alpha");
        assertParent(plan, release, Hub.TYPE, "alpha");
        assertThat(release.input("/chart").asText()).isEqualTo("jupyterhub");
        assertThat(release.input("/version").asText()).isEqualTo("4.4.0");
        assertThat(release.input("/repositoryOpts/repo").asText()).isEqualTo("https://hub.jupyter.org/helm-chart/");
        assertThat(release.input("/namespace").asText()).isEqualTo("alpha");
        // Named after the hub: z2jh names cluster-wide objects after the release (ClusterInvariantsTest).
        assertThat(release.input("/name").asText()).isEqualTo("alpha");
        assertThat(release.deleteBeforeReplace()).as("a renamed release makes room first").isTrue();
        assertThat(release.dependsOn()).contains(plan.get("kubernetes:core/v1:PersistentVolumeClaim", "alpha-home").urn(),
                plan.get("kubernetes:core/v1:Secret", "alpha-oauth").urn(),
                plan.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "test-support-gateway").urn());
    }

    @Test
    void theClientSecretFlowsOnlyAsASecretIntoTheHubsOwnSecret() {
        PlanResource secret = plan.get("kubernetes:core/v1:Secret", "alpha-oauth");
        assertThat(secret.input("/stringData").asText()).isEqualTo("[secret]");
        assertThat(secret.input("/metadata/namespace").asText()).isEqualTo("alpha");
        JsonNode values = Releases.values(plan, "alpha");
        assertThat(values.at("/hub/config/GitHubOAuthenticator").has("client_secret")).isFalse();
        assertThat(values.at("/hub/extraEnv/OAUTH_CLIENT_SECRET/valueFrom/secretKeyRef/name").asText()).isEqualTo("hub-oauth");
        String everything = JsonPlanRenderer.render(plan) + TextPlanRenderer.render(plan);
        assertThat(everything).doesNotContain("v1:alpha").doesNotContain(io.hubfleet.config.RawStackConfig.ENCRYPTED_PLACEHOLDER);
    }

    @Test
    void homeIsAStaticNfsVolumeOfTheHubsDirectoryMountedPerUser() {
        PlanResource volume = plan.get("kubernetes:core/v1:PersistentVolume", "alpha-home");
        assertThat(volume.input("/spec/nfs/path").asText()).isEqualTo("/homes/alpha");
        assertThat(volume.input("/spec/nfs/server").asText())
                .isEqualTo("<stand-in:test-home.networks[0].ipAddresses[0]>");
        assertThat(volume.input("/spec/persistentVolumeReclaimPolicy").asText()).isEqualTo("Retain");
        assertThat(volume.input("/spec/accessModes").toString()).isEqualTo("[\"ReadWriteMany\"]");
        PlanResource claim = plan.get("kubernetes:core/v1:PersistentVolumeClaim", "alpha-home");
        assertThat(claim.input("/metadata/name").asText()).isEqualTo(Hub.HOME_CLAIM);
        assertThat(claim.input("/spec/volumeName").asText()).isEqualTo("alpha-home");
        assertThat(claim.input("/spec/storageClassName").asText()).isEmpty();
        JsonNode storage = Releases.values(plan, "alpha").at("/singleuser/storage");
        assertThat(storage.path("type").asText()).isEqualTo("static");
        assertThat(storage.at("/static/pvcName").asText()).isEqualTo(Hub.HOME_CLAIM);
        assertThat(storage.at("/static/subPath").asText()).isEqualTo("{username}");
        assertThat(storage.path("homeMountPath").asText()).isEqualTo("/home/jovyan");
        assertThat(storage.at("/extraVolumeMounts/shared-readonly/readOnly").asBoolean()).isTrue();
        assertThat(storage.at("/extraVolumeMounts/shared-readonly/subPath").asText()).isEqualTo("_shared");
        assertThat(Releases.values(plan, "alpha").at("/hub/extraConfig/hubfleet-10-shared-readwrite").asText())
                .contains("spawner.user.admin").contains("/home/jovyan/shared-readwrite");
    }

    @Test
    void theHubsDirectoryIsMadeByAJobInTheSystemNamespaceOnly() {
        PlanResource job = plan.get("kubernetes:batch/v1:Job", "alpha-home-directory");
        assertThat(job.input("/metadata/namespace").asText()).isEqualTo(IngressGateway.SYSTEM_NAMESPACE);
        assertThat(job.input("/spec/template/spec/volumes/0/nfs/path").asText()).isEqualTo("/homes");
        assertThat(job.input("/spec/template/spec/containers/0/command/2").asText())
                .contains("mkdir -p /export/alpha/_shared").doesNotContain("rm ");
        // No hub namespace mounts the export's root.
        for (PlanResource resource : plan.resources()) {
            if (resource.custom() && !resource.type().equals("kubernetes:batch/v1:Job")) {
                assertThat(resource.inputs().toString()).as(resource.urn()).doesNotContain("\"path\":\"/homes\"");
            }
        }
    }

    @Test
    void usersRunAsTheHubsServiceAccountBoundToItsCloudIdentity() {
        PlanResource account = plan.get("kubernetes:core/v1:ServiceAccount", "alpha-users");
        assertThat(account.input("/metadata/name").asText()).isEqualTo(Hub.USER_SERVICE_ACCOUNT);
        assertThat(account.input("/metadata/namespace").asText()).isEqualTo("alpha");
        assertThat(account.input("/automountServiceAccountToken").asBoolean()).isFalse();
        assertThat(Releases.values(plan, "alpha").at("/singleuser/serviceAccountName").asText())
                .isEqualTo(Hub.USER_SERVICE_ACCOUNT);
    }

    @Test
    void theHubIsServedOverHttpsThroughItsOwnGatewayListener() {
        JsonNode route = Releases.values(plan, "beta").path("httpRoute");
        assertThat(route.path("enabled").asBoolean()).isTrue();
        assertThat(route.path("hostnames").toString()).isEqualTo("[\"beta.example.org\"]");
        assertThat(route.at("/gateway/name").asText()).isEqualTo(IngressGateway.GATEWAY);
        assertThat(route.at("/gateway/namespace").asText()).isEqualTo(IngressGateway.SYSTEM_NAMESPACE);
        assertThat(route.at("/gateway/sectionName").asText()).isEqualTo("https-beta");
        JsonNode values = Releases.values(plan, "beta");
        assertThat(values.at("/proxy/service/type").asText()).isEqualTo("ClusterIP");
        assertThat(values.at("/proxy/https/enabled").asBoolean()).isFalse();
    }

    @Test
    void userPodsReachTheMetadataServiceOnlyOnGke() {
        for (String stack : List.of(Stacks.AWS_WITH_HUB, Stacks.AZURE_WITH_HUB)) {
            JsonNode values = Releases.values(Stacks.plan(stack), "alpha");
            assertThat(values.at("/singleuser/networkPolicy/egressAllowRules/cloudMetadataServer").asBoolean(true)).isFalse();
            assertThat(values.at("/singleuser/networkPolicy/egress").toString()).doesNotContain("169.254");
            assertThat(values.at("/singleuser/cloudMetadata/blockWithIptables").asBoolean(true)).isFalse();
        }
    }

    @Test
    void schedulingCullingAndNetworkPolicyFollowTheConfig() {
        JsonNode values = Releases.values(plan, "alpha");
        assertThat(values.at("/scheduling/corePods/nodeAffinity/matchNodePurpose").asText()).isEqualTo("require");
        // User pods' node term is singleuser.extraNodeAffinity's (user nodes without GPUs): KubeSpawner ORs terms.
        assertThat(values.at("/scheduling/userPods/nodeAffinity/matchNodePurpose").asText()).isEqualTo("ignore");
        assertThat(values.at("/singleuser/extraNodeAffinity/required/0/matchExpressions").toString())
                .contains("hub.jupyter.org/node-purpose").contains("hubfleet.io/gpu").contains("DoesNotExist");
        assertThat(values.at("/scheduling/userScheduler/enabled").asBoolean(true)).isFalse();
        assertThat(values.at("/singleuser/cloudMetadata/blockWithIptables").asBoolean(true)).isFalse();
        assertThat(values.at("/scheduling/userPlaceholder/replicas").asInt()).isZero();
        assertThat(values.at("/cull/timeout").asInt()).isEqualTo(3600);
        assertThat(values.at("/cull/maxAge").asInt()).isZero();
        assertThat(values.at("/singleuser/networkPolicy/enabled").asBoolean()).isTrue();
        // On GKE the metadata server hands out Workload Identity tokens and conceals the node's credentials.
        assertThat(values.at("/singleuser/networkPolicy/egressAllowRules/cloudMetadataServer").asBoolean()).isTrue();
        assertThat(values.at("/singleuser/networkPolicy/egress").toString()).contains("169.254.169.252/32").contains("988");
        assertThat(values.at("/singleuser/networkPolicy/egressAllowRules/privateIPs").asBoolean()).isFalse();
        assertThat(values.at("/singleuser/image/name").asText()).isEqualTo("quay.io/jupyter/scipy-notebook");
        assertThat(values.at("/singleuser/image/tag").asText()).isEqualTo("2025-06-02");
        assertThat(values.at("/singleuser/memory/guarantee").asText()).isEqualTo("2048M");
    }

    @Test
    void githubLoginIsLimitedToTheOrganisations() {
        JsonNode config = Releases.values(plan, "alpha").at("/hub/config");
        assertThat(config.at("/JupyterHub/authenticator_class").asText()).isEqualTo("github");
        JsonNode github = config.path("GitHubOAuthenticator");
        assertThat(github.path("client_id").asText()).isEqualTo("id-alpha");
        assertThat(github.path("oauth_callback_url").asText()).isEqualTo("https://alpha.example.org/hub/oauth_callback");
        assertThat(github.path("allowed_organizations").toString()).isEqualTo("[\"alpha-org\"]");
        assertThat(github.path("scope").toString()).isEqualTo("[\"read:org\"]");
        assertThat(github.path("allow_all").asBoolean()).isFalse();
        assertThat(config.at("/Authenticator/allow_existing_users").asBoolean()).isFalse();
    }

    @Test
    void googleLoginAdmitsTheHostedDomainOnly() {
        JsonNode google = Releases.values(plan, "beta").at("/hub/config/GoogleOAuthenticator");
        assertThat(google.path("hosted_domain").toString()).isEqualTo("[\"beta.edu\"]");
        assertThat(google.path("allow_all").asBoolean()).as("all of the hosted domain").isTrue();
    }

    @Test
    void usersGetTheirScratchBucketPrefix() {
        JsonNode env = Releases.values(plan, "beta").at("/singleuser/extraEnv");
        assertThat(env.path("SCRATCH_BUCKET").asText()).isEqualTo("gs://test-project-test-beta-scratch/$(JUPYTERHUB_USER)");
        assertThat(env.path("PERSISTENT_BUCKET").asText()).isEqualTo("gs://test-project-test-beta-persistent/$(JUPYTERHUB_USER)");
        assertThat(Releases.values(plan, "alpha").at("/singleuser/extraEnv").has("PERSISTENT_BUCKET")).isFalse();
    }

    @Test
    void daskGatewaySharesTheHubsNamespaceAndAuthenticatesThroughTheHub() {
        PlanResource dask = plan.get(Releases.TYPE, "beta-dask");
        assertParent(plan, dask, DaskGateway.TYPE, "beta-dask");
        assertParent(plan, plan.parentOf(dask).orElseThrow(), Hub.TYPE, "beta");
        assertThat(dask.input("/chart").asText()).isEqualTo("dask-gateway");
        assertThat(dask.input("/version").asText()).isEqualTo("2026.3.0");
        assertThat(dask.input("/repositoryOpts/repo").asText()).isEqualTo("https://helm.dask.org/");
        assertThat(dask.input("/namespace").asText()).isEqualTo("beta");
        assertThat(dask.dependsOn()).contains(plan.get(Releases.TYPE, "beta").urn());
        JsonNode values = dask.input("/values");
        assertThat(values.at("/gateway/auth/type").asText()).isEqualTo("jupyterhub");
        assertThat(values.at("/gateway/auth/jupyterhub/jupyterhubServiceName").asText()).isEqualTo("dask-gateway");
        assertThat(values.at("/gateway/auth/jupyterhub/apiTokenFromSecretKey").asText())
                .isEqualTo("hub.services.dask-gateway.apiToken");
        assertThat(values.at("/traefik/service/type").asText()).isEqualTo("ClusterIP");
        assertThat(values.at("/gateway/extraConfig/hubfleet-10-limits").asText())
                .contains("c.KubeClusterConfig.idle_timeout = 1800");
        assertThat(values.at("/gateway/backend/worker/extraPodConfig/tolerations").findValuesAsText("key"))
                .containsExactly("k8s.dask.org/dedicated", "k8s.dask.org_dedicated", "kubernetes.azure.com/scalesetpriority");
        assertThat(values.at("/gateway/backend/scheduler/extraPodConfig/nodeSelector/k8s.dask.org~1node-purpose").asText())
                .isEqualTo("scheduler");

        JsonNode hub = Releases.values(plan, "beta");
        assertThat(hub.at("/hub/services/dask-gateway/url").asText()).isEqualTo("http://traefik-beta-dask-gateway.beta:80");
        assertThat(hub.at("/hub/loadRoles/user/scopes").toString()).contains("access:services!service=dask-gateway");
        assertThat(hub.at("/hub/loadRoles/server/scopes").toString()).contains("access:services!service=dask-gateway");
        assertThat(hub.at("/singleuser/extraEnv/DASK_GATEWAY__PROXY_ADDRESS").asText())
                .isEqualTo("gateway://traefik-beta-dask-gateway.beta:80");
        // The proxy reaches this gateway's Traefik by selector (Cilium ignores ipBlocks for pods).
        assertThat(hub.at("/proxy/chp/networkPolicy/egress/0/to/0/podSelector/matchLabels").toString())
                .isEqualTo("{\"app.kubernetes.io/component\":\"traefik\",\"gateway.dask.org/instance\":\"beta-dask-gateway\"}");
        // Schedulers and workers run as the hub's users, under a policy of their own.
        assertThat(values.at("/fullnameOverride").asText()).isEqualTo("beta-dask-gateway");
        assertThat(values.at("/gateway/backend/scheduler/extraPodConfig/serviceAccountName").asText()).isEqualTo("user-sa");
        assertThat(values.at("/gateway/backend/worker/extraPodConfig/serviceAccountName").asText()).isEqualTo("user-sa");
        PlanResource policy = plan.get("kubernetes:networking.k8s.io/v1:NetworkPolicy", "beta-dask-clusters");
        assertThat(policy.input("/metadata/namespace").asText()).isEqualTo("beta");
        assertThat(policy.input("/spec/podSelector/matchLabels/gateway.dask.org~1instance").asText())
                .isEqualTo("beta-dask-gateway");
        assertThat(policy.input("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(plan.find(Releases.TYPE, "alpha-dask")).as("alpha has no Dask").isEmpty();
    }

    /** Raw values take secrets through secretEnv: a Secret the hub pod's environment reads, never a Helm value. */
    @Test
    void secretEnvReachesTheHubThroughASecretNotTheValues() {
        Plan withSecrets = Stacks.plan(Stacks.GCP_WITH_HUB.replace("      image: {name: quay.io/jupyter/scipy-notebook",
                "      secretEnv: {API_TOKEN: {secure: v1:dG9rZW4=}}\n      image: {name: quay.io/jupyter/scipy-notebook"));
        PlanResource secret = withSecrets.get("kubernetes:core/v1:Secret", "alpha-secret-env");
        assertThat(secret.input("/metadata/name").asText()).isEqualTo("hub-secret-env");
        assertThat(secret.input("/stringData").toString()).doesNotContain("dG9rZW4");
        JsonNode values = Releases.values(withSecrets, "alpha");
        assertThat(values.at("/hub/extraEnv/API_TOKEN/valueFrom/secretKeyRef").toString())
                .isEqualTo("{\"key\":\"API_TOKEN\",\"name\":\"hub-secret-env\"}");
        PlanResource release = withSecrets.get(Releases.TYPE, "alpha");
        assertThat(release.dependsOn()).contains(secret.urn());
        assertThat(io.hubfleet.plan.JsonPlanRenderer.render(withSecrets)).doesNotContain(
                io.hubfleet.config.RawStackConfig.ENCRYPTED_PLACEHOLDER);
    }
}
