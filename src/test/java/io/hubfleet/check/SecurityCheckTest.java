package io.hubfleet.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security invariants hold on every example, and each is caught when broken: through a hub's raw
 * values (what a stack file can do), or in a plan altered the way a regression in hubfleet would.
 */
class SecurityCheckTest {

    private static final Map<String, Plan> EXAMPLES = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<String> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("stacks"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("Pulumi\\..+\\.yaml"))
                    .map(n -> n.substring(7, n.length() - 5)).sorted().toList().stream();
        }
    }

    private static Plan example(String stack) {
        return EXAMPLES.computeIfAbsent(stack, Stacks::example);
    }

    /** The plan with one resource's inputs changed. */
    private static Plan altered(Plan plan, String type, String name, Consumer<ObjectNode> change) {
        List<PlanResource> resources = new ArrayList<>();
        boolean found = false;
        for (PlanResource r : plan.resources()) {
            if (r.type().equals(type) && r.name().equals(name)) {
                ObjectNode inputs = r.inputs().deepCopy();
                change.accept(inputs);
                r = new PlanResource(r.urn(), r.type(), r.name(), r.parent(), r.provider(), r.custom(), r.protect(),
                        r.retainOnDelete(), r.deleteBeforeReplace(), r.ignoreChanges(), r.dependsOn(), inputs,
                        r.outputs(), r.standIns(), r.secretFingerprints());
                found = true;
            }
            resources.add(r);
        }
        assertThat(found).as(type + " " + name).isTrue();
        return new Plan(plan.stack(), plan.project(), resources, plan.outputs(), plan.warnings(), plan.invokes(),
                plan.cloud(), plan.stage());
    }

    /** The plan with one more resource, a copy of {@code like} under another type and name. */
    private static Plan with(Plan plan, PlanResource like, String type, String name, ObjectNode inputs) {
        List<PlanResource> resources = new ArrayList<>(plan.resources());
        resources.add(new PlanResource(like.urn().replace(like.type(), type).replace("::" + like.name(), "::" + name),
                type, name, like.parent(), like.provider(), true, false, false, false, List.of(), List.of(), inputs,
                like.outputs(), List.of(), Map.of()));
        return new Plan(plan.stack(), plan.project(), resources, plan.outputs(), plan.warnings(), plan.invokes(),
                plan.cloud(), plan.stage());
    }

    private static List<String> rendered(Plan plan) {
        return SecurityCheck.run(plan).stream().map(Violation::render).toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleKeepsEveryInvariant(String stack) {
        assertThat(rendered(example(stack))).isEmpty();
    }

    @Test
    void anUnsafeHubIsRefusedWithEachViolationItsResourceAndItsFix(@TempDir Path dir) throws Exception {
        // On EKS the instance metadata hands out the node's role: user pods must not reach it.
        String unsafe = Stacks.AWS_WITH_HUB + """
                      values:
                        proxy: {service: {type: LoadBalancer}}
                        singleuser:
                          networkPolicy:
                            enabled: false
                            egressAllowRules: {cloudMetadataServer: true, privateIPs: true}
                            egress: [{to: [{ipBlock: {cidr: 169.254.0.0/16}}]}]
                """;
        Path file = Files.writeString(dir.resolve("Pulumi.unsafe.yaml"), unsafe);
        StringWriter out = new StringWriter();
        int status = HubfleetCli.execute(new String[]{"plan", file.toString(), "--check"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(status).isEqualTo(HubfleetCli.VIOLATIONS);
        assertThat(out.toString()).isEqualTo("""
                Security check of stack unsafe: 5 violations:
                  - [cloud-metadata] kubernetes:helm.sh/v3:Release alpha: an egress rule of user pods admits the metadata service. Fix: remove that rule from singleuser.networkPolicy.egress in the hub's values:.
                  - [cloud-metadata] kubernetes:helm.sh/v3:Release alpha: user pods' network policy admits the metadata service. Fix: remove singleuser.networkPolicy.egressAllowRules.cloudMetadataServer from the hub's values:.
                  - [home-isolation] kubernetes:helm.sh/v3:Release alpha: user pods may reach private addresses, the file server's too. Fix: remove singleuser.networkPolicy.egressAllowRules.privateIPs from the hub's values:.
                  - [https-only] kubernetes:helm.sh/v3:Release alpha: proxy.service.type is LoadBalancer: a public endpoint beside the Gateway, without its TLS. Fix: keep the Service ClusterIP; it is reached through the Gateway.
                  - [network-policy] kubernetes:helm.sh/v3:Release alpha: singleuser.networkPolicy.enabled is not true. Fix: remove the override from the hub's values: (hubfleet sets it true).
                """);
    }

    @Test
    void publicNodesAreCaughtOnEveryCloud() {
        assertThat(rendered(altered(example("demo-gcp"), "gcp:container/cluster:Cluster", "demo-gcp",
                i -> i.with("privateClusterConfig").put("enablePrivateNodes", false))))
                .containsExactly("[private-nodes] gcp:container/cluster:Cluster demo-gcp: nodes get public IP addresses "
                        + "(private nodes are off). Fix: set privateClusterConfig.enablePrivateNodes: true.");
        assertThat(rendered(altered(example("demo-aws"), "aws:eks/nodeGroup:NodeGroup", "demo-aws-user-m",
                i -> i.withArray("subnetIds").set(0, "<stand-in:demo-aws-public-us-west-2a.id>"))))
                .containsExactly("[private-nodes] aws:eks/nodeGroup:NodeGroup demo-aws-user-m: nodes are placed in the "
                        + "public subnet demo-aws-public-us-west-2a. Fix: place node groups in the private subnets only.");
        assertThat(rendered(altered(example("demo-azure"), "azure-native:containerservice:AgentPool", "demo-azure-gpu",
                i -> i.put("enableNodePublicIP", true)))).singleElement().asString().startsWith("[private-nodes]");
    }

    @Test
    void staticCredentialsAndMissingWorkloadIdentityAreCaught() {
        Plan aws = example("demo-aws");
        PlanResource role = aws.ofType("aws:iam/role:Role").get(0);
        ObjectNode key = role.inputs().objectNode().put("user", "hub-robot");
        assertThat(rendered(with(aws, role, "aws:iam/accessKey:AccessKey", "hub-robot", key)))
                .containsExactly("[workload-identity] aws:iam/accessKey:AccessKey hub-robot: creates an IAM access key. "
                        + "Fix: remove it; grant the workload's identity instead (Workload Identity, IRSA, federated credentials).");
        assertThat(rendered(altered(example("demo-gcp"), "gcp:container/nodePool:NodePool", "demo-gcp-user-m",
                i -> i.with("nodeConfig").with("workloadMetadataConfig").put("mode", "GCE_METADATA"))))
                // Without the GKE metadata server pods see the node's identity, and may take its credentials.
                .satisfiesExactlyInAnyOrder(
                        v -> assertThat(v).startsWith("[cloud-metadata]").contains("could read the node's credentials"),
                        v -> assertThat(v).startsWith("[workload-identity]").contains("pods see the node's identity"));
        assertThat(rendered(altered(example("demo-azure"), "azure-native:containerservice:ManagedCluster", "demo-azure",
                i -> i.put("disableLocalAccounts", false)))).singleElement().asString()
                .contains("local accounts (static cluster credentials) are on");
    }

    @Test
    void aHubReachingAnotherHubsBucketIsCaughtOnEveryCloud() {
        Plan gcp = altered(example("demo-gcp"), "gcp:storage/bucketIAMMember:BucketIAMMember", "staging-scratch-users-objectAdmin",
                i -> i.put("bucket", "hubfleet-demo-demo-gcp-prod-persistent"));
        assertThat(rendered(gcp)).containsExactly("[hub-isolation] gcp:storage/bucketIAMMember:BucketIAMMember "
                + "staging-scratch-users-objectAdmin: grants hub staging the bucket hubfleet-demo-demo-gcp-prod-persistent, "
                + "which is neither its own nor in its dataAccess. Fix: grant only the hub's own buckets and what its "
                + "dataAccess declares.");
        Plan aws = altered(example("demo-aws"), "aws:iam/rolePolicy:RolePolicy", "staging-buckets",
                i -> i.put("policy", i.path("policy").asText().replace("123456789012-demo-aws-staging-scratch/*", "*")));
        assertThat(rendered(aws)).containsExactly("[hub-isolation] aws:iam/rolePolicy:RolePolicy staging-buckets: lets hub "
                + "staging reach arn:aws:s3:::*. Fix: allow only the hub's own buckets and those its dataAccess declares "
                + "(arn:aws:s3:::<bucket> and "
                + "arn:aws:s3:::<bucket>/*).");
        Plan azure = altered(example("demo-azure"), "azure-native:authorization:RoleAssignment", "staging-scratch-users",
                i -> i.put("scope", "<stand-in:prod-persistent.id>"));
        assertThat(rendered(azure)).singleElement().asString().startsWith("[hub-isolation] azure-native:authorization:"
                + "RoleAssignment staging-scratch-users: grants hub staging a role on <stand-in:prod-persistent.id>");
    }

    /**
     * The examples' declared grants pass (everyExampleKeepsEveryInvariant); the same grant to another hub, to
     * another hub's identity, with a wider role or at a wider scope is caught on each cloud.
     */
    @Test
    void aHubsDataAccessIsAcceptedExactlyAsDeclared() {
        String gcpGrant = "prod-data-hubfleet-demo-shared-datasets";
        String member = "gcp:storage/bucketIAMMember:BucketIAMMember";
        assertThat(rendered(altered(example("demo-gcp"), member, gcpGrant, i -> i.put("role", "roles/storage.objectAdmin"))))
                .containsExactly("[hub-isolation] " + member + " " + gcpGrant + ": grants hub prod roles/storage.objectAdmin "
                        + "on hubfleet-demo-shared-datasets, whose dataAccess is read. Fix: grant exactly roles/storage.objectViewer.");
        assertThat(rendered(altered(example("demo-gcp"), member, gcpGrant,
                i -> i.put("member", "serviceAccount:<stand-in:staging-users.email>")))).singleElement().asString()
                .contains("grants hub prod's declared bucket hubfleet-demo-shared-datasets to serviceAccount:<stand-in:"
                        + "staging-users.email>, not to the hub's own identity");
        assertThat(rendered(altered(example("demo-gcp"), member, "staging-scratch-users-objectAdmin",
                i -> i.put("bucket", "hubfleet-demo-shared-datasets")))).singleElement().asString()
                .contains("grants hub staging the bucket hubfleet-demo-shared-datasets, which is neither its own nor in its dataAccess");
        Plan gcp = example("demo-gcp");
        PlanResource prodGrant = gcp.get(member, gcpGrant);
        ObjectNode billing = prodGrant.inputs().deepCopy().put("role", "roles/serviceusage.serviceUsageConsumer")
                .put("project", "hubfleet-demo");
        billing.remove("bucket");
        assertThat(rendered(with(gcp, prodGrant, "gcp:projects/iAMMember:IAMMember", "prod-requester-pays", billing)))
                .singleElement().asString().contains("grants hub prod the project-wide role roles/serviceusage."
                        + "serviceUsageConsumer (to serviceAccount:<stand-in:prod-users.email>, and no bucket of its "
                        + "dataAccess is Requester Pays)");

        String policy = "aws:iam/rolePolicy:RolePolicy";
        assertThat(rendered(altered(example("demo-aws"), policy, "prod-data-access", i -> i.put("policy",
                i.path("policy").asText().replace("\"s3:GetObject\"]", "\"s3:GetObject\",\"s3:PutObject\"]")))))
                .containsExactly("[hub-isolation] " + policy + " prod-data-access: allows hub prod [s3:PutObject] on "
                        + "arn:aws:s3:::usgs-landsat/*, whose dataAccess is read. Fix: allow exactly [s3:GetObject].");
        assertThat(rendered(altered(example("demo-aws"), policy, "prod-data-access", i -> i.put("policy",
                i.path("policy").asText().replace("arn:aws:s3:::usgs-landsat/*", "arn:aws:s3:::usgs-landsat*")))))
                .singleElement().asString().contains("lets hub prod reach arn:aws:s3:::usgs-landsat*");
        assertThat(rendered(altered(example("demo-aws"), policy, "prod-data-access",
                i -> i.put("role", "<stand-in:staging-users.name>")))).singleElement().asString()
                .contains("gives hub prod's dataAccess to the role <stand-in:staging-users.name>, not the hub's own");
        assertThat(rendered(altered(example("demo-aws"), policy, "staging-buckets", i -> i.put("policy",
                i.path("policy").asText().replace("arn:aws:s3:::123456789012-demo-aws-staging-scratch/*",
                        "arn:aws:s3:::usgs-landsat/*"))))).singleElement().asString()
                .contains("lets hub staging reach arn:aws:s3:::usgs-landsat/*");
        assertThat(rendered(altered(example("demo-aws"), policy, "prod-data-access", i -> i.put("policy",
                i.path("policy").asText().replace("\"Resource\":[\"arn:aws:s3:::usgs-landsat/*\"]",
                        "\"NotResource\":[\"arn:aws:s3:::usgs-landsat/*\"]"))))).singleElement().asString()
                .contains("lets hub prod act through NotAction or NotResource");

        String assignment = "azure-native:authorization:RoleAssignment";
        String azureGrant = "prod-data-hubfleetdemodata-climate";
        String account = "/subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301/resourceGroups/research-data/providers/"
                + "Microsoft.Storage/storageAccounts/hubfleetdemodata";
        assertThat(rendered(altered(example("demo-azure"), assignment, azureGrant, i -> i.put("roleDefinitionId",
                i.path("roleDefinitionId").asText().replace("2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
                        "ba92f5b4-2d11-453d-a403-e96b0029c9fe"))))).singleElement().asString()
                .contains("grants hub prod the role /subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301/providers/"
                        + "Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe on " + account
                        + "/blobServices/default/containers/climate, whose dataAccess is read");
        assertThat(rendered(altered(example("demo-azure"), assignment, azureGrant, i -> i.put("scope", account))))
                .singleElement().asString().contains("grants hub prod a role on " + account + ". Fix: scope the "
                        + "assignment to one of the hub's own containers or exactly a scope its dataAccess declares.");
        assertThat(rendered(altered(example("demo-azure"), assignment, azureGrant,
                i -> i.put("principalId", "<stand-in:staging-users.principalId>")))).singleElement().asString()
                .contains("to <stand-in:staging-users.principalId>, not the hub's own identity");
        assertThat(rendered(altered(example("demo-azure"), assignment, "staging-scratch-users",
                i -> i.put("scope", account + "/blobServices/default/containers/climate")))).singleElement().asString()
                .contains("grants hub staging a role on " + account + "/blobServices/default/containers/climate");
    }

    @Test
    void requesterPaysOnGcpAllowsOnlyServiceUsageToTheHubsOwnAccount() {
        Plan plan = Stacks.plan(Stacks.GCP_WITH_HUB + "      dataAccess: [{bucket: \"gs://course-data\", requesterPays: true}]\n"
                + Stacks.BETA_HUB);
        String member = "gcp:projects/iAMMember:IAMMember";
        assertThat(rendered(plan)).isEmpty();
        assertThat(rendered(altered(plan, member, "alpha-requester-pays", i -> i.put("role", "roles/editor"))))
                .singleElement().asString().contains("grants hub alpha the project-wide role roles/editor");
        assertThat(rendered(altered(plan, member, "alpha-requester-pays",
                i -> i.put("member", "serviceAccount:<stand-in:beta-users.email>")))).singleElement().asString()
                .contains("(to serviceAccount:<stand-in:beta-users.email>)");
    }

    @Test
    void aHubDisksServiceIdentitiesAreNotTheHubsButGrantingThemToItsUsersIsCaught() {
        // The disk's snapshot role (DLM) and the cluster's and backup vault's identities on the disk are no pod's.
        assertThat(rendered(example("small-aws"))).isEmpty();
        assertThat(rendered(example("small-azure"))).isEmpty();
        Plan aws = altered(example("small-aws"), "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "hub-home-snapshots",
                i -> i.put("role", "<stand-in:hub-users.name>"));
        assertThat(rendered(aws)).singleElement().asString().startsWith("[hub-isolation] aws:iam/rolePolicyAttachment:"
                + "RolePolicyAttachment hub-home-snapshots: attaches the managed policy");
        Plan azure = altered(example("small-azure"), "azure-native:authorization:RoleAssignment", "hub-home-attach",
                i -> i.put("principalId", "<stand-in:hub-users.principalId>"));
        assertThat(rendered(azure)).singleElement().asString().startsWith("[hub-isolation] azure-native:authorization:"
                + "RoleAssignment hub-home-attach: grants hub hub a role on <stand-in:hub-home-disk.id>");
        // The disk's volume is bound ahead to its NFS server's claim: another claim could mount every home.
        Plan unbound = altered(example("small-azure"), "kubernetes:core/v1:PersistentVolume", "hub-home-volume",
                i -> ((ObjectNode) i.with("spec")).remove("claimRef"));
        assertThat(rendered(unbound)).singleElement().asString().startsWith("[home-isolation] kubernetes:core/v1:"
                + "PersistentVolume hub-home-volume: hub hub's disk may be claimed by any claim");
    }

    @Test
    void publicOrUnencryptedStorageIsCaught() {
        assertThat(rendered(altered(example("demo-gcp"), "gcp:storage/bucket:Bucket", "prod-persistent",
                i -> i.put("publicAccessPrevention", "inherited")))).singleElement().asString()
                .isEqualTo("[no-public-buckets] gcp:storage/bucket:Bucket prod-persistent: public access is not prevented. "
                        + "Fix: set publicAccessPrevention: enforced and uniformBucketLevelAccess: true.");
        assertThat(rendered(altered(example("demo-aws"), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                "prod-persistent", i -> i.put("restrictPublicBuckets", false)))).singleElement().asString()
                .contains("public access is not blocked");
        assertThat(rendered(altered(example("demo-aws"), "aws:efs/fileSystem:FileSystem", "demo-aws-home",
                i -> i.put("encrypted", false)))).singleElement().asString()
                .isEqualTo("[encryption] aws:efs/fileSystem:FileSystem demo-aws-home: the file system is not encrypted. "
                        + "Fix: set encrypted: true.");
        assertThat(rendered(altered(example("demo-azure"), "azure-native:storage:StorageAccount", "prod-storage",
                i -> i.put("enableHttpsTrafficOnly", false)))).singleElement().asString().contains("accepts plain HTTP");
    }

    @Test
    void theFileServerOpenToEveryoneIsCaught() {
        assertThat(rendered(altered(example("demo-gcp"), "gcp:filestore/instance:Instance", "demo-gcp-home",
                i -> ((ObjectNode) i.with("fileShares").withArray("nfsExportOptions").get(0)).putArray("ipRanges").add("0.0.0.0/0"))))
                .singleElement().asString().contains("the share is exported to every address");
        assertThat(rendered(altered(example("demo-gcp"), "kubernetes:core/v1:PersistentVolume", "staging-home",
                i -> i.with("spec").with("nfs").put("path", "/homes")))).singleElement().asString()
                .contains("hub staging's volume is /homes, not the hub's own directory");
    }

    @Test
    void aSecretInTheClearIsCaught() {
        Plan leaked = altered(example("demo-gcp"), "kubernetes:core/v1:Secret", "prod-oauth",
                i -> i.put("stringData", io.hubfleet.config.RawStackConfig.ENCRYPTED_PLACEHOLDER + "-abc"));
        assertThat(rendered(leaked)).containsExactly("[secrets-masked] kubernetes:core/v1:Secret prod-oauth: the input "
                + "/stringData holds a config secret in the clear. Fix: pass it as a secret Output (SecretValue.asOutput()), "
                + "never as plain text.");
    }

    @Test
    void plainHttpListenersAreCaught() {
        Plan plan = altered(example("demo-gcp"), "kubernetes:gateway.networking.k8s.io/v1:Gateway", "demo-gcp-support-gateway",
                i -> ((ObjectNode) i.with("spec").withArray("listeners").get(1)).put("protocol", "HTTP").remove("tls"));
        assertThat(rendered(plan)).singleElement().asString().contains("serves HTTP to routes of other namespaces");
    }

    @Test
    void daskPodsReachingTheMetadataServiceAreCaughtOffGke() {
        Plan aws = example("demo-aws");
        assertThat(rendered(altered(aws, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "prod-dask-clusters",
                i -> ((ObjectNode) i.at("/spec/egress/3/to/0/ipBlock")).putArray("except").add("10.0.0.0/8"))))
                .singleElement().asString()
                .startsWith("[cloud-metadata] kubernetes:networking.k8s.io/v1:NetworkPolicy prod-dask-clusters: its pods may reach");
        Plan gcp = example("demo-gcp");
        assertThat(rendered(altered(gcp, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "prod-dask-clusters",
                i -> ((ObjectNode) i.at("/spec/egress/3/to/0/ipBlock")).putArray("except").add("10.0.0.0/8")))).isEmpty();
    }

    /**
     * A hub's raw values cannot undo isolation: the whole home share, the node's root, privileged or root
     * containers, another identity, through singleuser.* or a profile's overrides. Each is caught.
     */
    @Test
    void rawValuesThatWeakenUserPodsAreCaught() {
        String unsafe = Stacks.GCP_WITH_HUB + """
                      values:
                        singleuser:
                          storage:
                            extraVolumes:
                              root: {name: root, hostPath: {path: /}}
                            extraVolumeMounts:
                              everyone: {name: home, mountPath: /home/everyone}
                          uid: 0
                          containerSecurityContext: {privileged: true}
                          serviceAccountName: default
                          extraPodConfig: {hostNetwork: true}
                          profileList:
                            - display_name: sneaky
                              kubespawner_override:
                                volumes: [{name: root, hostPath: {path: /}}]
                                uid: 0
                        hub:
                          extraVolumes: [{name: docker, hostPath: {path: /var/run/docker.sock}}]
                """;
        List<String> found = rendered(Stacks.plan(unsafe)).stream()
                .filter(v -> v.startsWith("[user-pod-isolation]")).toList();
        assertThat(found).anySatisfy(v -> assertThat(v).contains("extraVolumes adds volumes"))
                .anySatisfy(v -> assertThat(v).contains("mounts home whole"))
                .anySatisfy(v -> assertThat(v).contains("uid 0 runs users as root"))
                .anySatisfy(v -> assertThat(v).contains("containerSecurityContext is privileged"))
                .anySatisfy(v -> assertThat(v).contains("serviceAccountName is not the hub's user account"))
                .anySatisfy(v -> assertThat(v).contains("extraPodConfig.hostNetwork"))
                .anySatisfy(v -> assertThat(v).contains("profile sneaky overrides volumes"))
                .anySatisfy(v -> assertThat(v).contains("profile sneaky runs users as root"))
                .anySatisfy(v -> assertThat(v).contains("hub.extraVolumes mounts the node's /var/run/docker.sock"));
    }

    /** Group directories and admins' read-only view of homes pass; any other mount through the same doors does not. */
    @Test
    void groupDirectoriesAndAdminsHomesPassButUndeclaredMountsAreCaught() {
        String declared = io.hubfleet.helm.GroupsRenderTest.GROUPS_HUB;
        assertThat(rendered(Stacks.plan(declared))).isEmpty();
        String undeclared = declared + """
                      values:
                        hub:
                          config:
                            KubeSpawner:
                              volume_mounts: {all: {name: home, mountPath: /all}}
                              group_overrides:
                                50-hubfleet-group-team:
                                  spawner_override:
                                    volume_mounts:
                                      hubfleet-group-team: {name: home, mountPath: /home/jovyan/groups/team, subPath: alice}
                                60-sneaky:
                                  groups: [example-org:students]
                                  spawner_override:
                                    privileged: true
                                    volume_mounts:
                                      root: {name: home, mountPath: /home/jovyan/groups/x}
                        custom:
                          hubfleet:
                            adminVolumeMounts:
                              all-homes: {name: home, mountPath: /home/jovyan/all-homes, readOnly: false}
                              other: {name: node, mountPath: /node, readOnly: true}
                """;
        List<String> found = rendered(Stacks.plan(undeclared)).stream()
                .filter(v -> v.startsWith("[user-pod-isolation]")).toList();
        assertThat(found).anySatisfy(v -> assertThat(v).contains("hub.config.KubeSpawner.volume_mounts changes user pods"))
                .anySatisfy(v -> assertThat(v).contains("50-hubfleet-group-team mounts home alice at /home/jovyan/groups/team"))
                .anySatisfy(v -> assertThat(v).contains("60-sneaky overrides privileged"))
                .anySatisfy(v -> assertThat(v).contains("60-sneaky mounts home whole"))
                .anySatisfy(v -> assertThat(v).contains("adminVolumeMounts.all-homes mounts home at /home/jovyan/all-homes writable"))
                .anySatisfy(v -> assertThat(v).contains("adminVolumeMounts.other mounts node at /node"));
    }

    /**
     * The one volume a server option may add is scratch: hubfleet's /dev/shm (a mapping of emptyDir volumes
     * and mounts of them) passes; a mapping with any other source, a list (which would replace the home),
     * or a mount of a volume the override did not make, is still caught.
     */
    @Test
    void serverOptionsMayAddScratchVolumesOnly() {
        assertThat(rendered(Stacks.plan(Stacks.GCP_WITH_HUB))).as("generated profiles with /dev/shm").isEmpty();
        String unsafe = Stacks.GCP_WITH_HUB + """
                      values:
                        singleuser:
                          profileList:
                            - display_name: disk
                              kubespawner_override:
                                volumes: {shm: {name: shm, emptyDir: {medium: Memory}}, node: {name: node, hostPath: {path: /}}}
                            - display_name: listed
                              kubespawner_override:
                                volumes: [{name: shm, emptyDir: {}}]
                            - display_name: homes
                              kubespawner_override:
                                volumes: {shm: {name: shm, emptyDir: {}}}
                                volume_mounts: {all: {name: home, mountPath: /home/all}}
                            - display_name: fine
                              kubespawner_override:
                                volumes: {scratch: {name: scratch, emptyDir: {sizeLimit: 1Gi}}}
                              profile_options:
                                size:
                                  choices:
                                    small:
                                      kubespawner_override:
                                        volume_mounts: {scratch: {name: scratch, mountPath: /scratch}}
                """;
        List<String> found = rendered(Stacks.plan(unsafe)).stream()
                .filter(v -> v.startsWith("[user-pod-isolation]")).toList();
        assertThat(found).anySatisfy(v -> assertThat(v).contains("profile disk overrides volumes"))
                .anySatisfy(v -> assertThat(v).contains("profile listed overrides volumes"))
                .anySatisfy(v -> assertThat(v).contains("profile homes overrides volume_mounts"))
                .noneSatisfy(v -> assertThat(v).contains("profile fine"))
                .noneSatisfy(v -> assertThat(v).contains("profile homes overrides volumes"));
    }

    /** The program pulumi up runs refuses to deploy a stack that breaks an invariant, before the runtime starts. */
    @Test
    void theDeployedProgramChecksTheInvariantsItself() {
        var unsafe = Stacks.raw(Stacks.GCP_WITH_HUB + "      values: {proxy: {service: {type: LoadBalancer}}}\n");
        assertThat(io.hubfleet.check.DeployCheck.violations(unsafe, Path.of("stacks"), false, ""))
                .hasValueSatisfying(report -> assertThat(report).contains("[https-only]"));
        assertThat(io.hubfleet.check.DeployCheck.violations(Stacks.raw(Stacks.GCP_WITH_HUB), Path.of("stacks"), false, ""))
                .isEmpty();
    }
}
