package io.hubfleet.cloud.azure;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Azure demands of hubfleet's resources, one test per constraint, each citing where it is written
 * down: what AKS, Entra ID, Azure RBAC, Azure Files, Cost Management and ARM would refuse or get wrong.
 */
class AzureConstraintsTest {

    private static final String DEVICE_CODE_KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: demo
              cluster: {certificate-authority-data: Q0E=, server: "https://demo.hcp.westeurope.azmk8s.io:443"}
            users:
            - name: clusterUser_demo
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: kubelogin
                  args: [get-token, --environment, AzurePublicCloud, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630,
                         --client-id, 80faf920-1908-4b52-b5ef-a8e7bedfc67a, --tenant-id, t, --login, devicecode]
            """;

    /**
     * AKS's exec kubeconfig signs in by device code: every Kubernetes call would wait for a person, CI
     * hangs. kubelogin's azurecli mode uses the Azure CLI's session (az login; azure/login in CI).
     */
    @Test
    void kubectlSignsInWithoutAPerson() {
        String rewritten = AksKubeconfig.nonInteractive(DEVICE_CODE_KUBECONFIG);
        assertThat(rewritten).contains("- \"--login\"\n      - \"azurecli\"").doesNotContain("devicecode")
                .doesNotContain("--client-id").contains("6dae42f8-4368-4678-94ff-3960e28e3630")
                .contains("interactiveMode: \"Never\"").contains("https://demo.hcp.westeurope.azmk8s.io:443");
        assertThat(Stacks.example("demo-azure").outputs().path("credentialsCommand").asText())
                .endsWith("kubelogin convert-kubeconfig -l azurecli");
    }

    /**
     * With local accounts off, the first Kubernetes call after the deployer's cluster-admin assignment gets
     * 403 until Azure RBAC propagates it (up to five minutes for AKS): the provider's kubeconfig is held
     * back until the assignment is that old, and only right after it is created.
     */
    @Test
    void kubernetesWaitsForTheDeployersRoleToPropagate() {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        assertThat(RbacPropagation.propagated("2026-11-30T09:59:00Z", now)).isEqualTo(Duration.ofMinutes(4));
        assertThat(RbacPropagation.propagated("2026-11-30T09:00:00Z", now)).isZero();
        assertThat(RbacPropagation.propagated("<stand-in:x.createdOn>", now)).isZero();
        assertThat(RbacPropagation.propagated(null, now)).isZero();
    }

    /** AKS refuses concurrent operations on a cluster's pools with 409 OperationNotAllowed: one after another. */
    @Test
    void agentPoolsAreMadeOneAfterAnother() {
        Plan demo = Stacks.example("demo-azure");
        List<PlanResource> pools = demo.ofType("azure-native:containerservice:AgentPool");
        assertThat(pools).hasSizeGreaterThan(2);
        // A single chain: one pool waits for no other, each other waits for exactly one, none for the same.
        List<String> urns = pools.stream().map(PlanResource::urn).toList();
        List<List<String>> waits = pools.stream().map(p -> p.dependsOn().stream().filter(urns::contains).toList()).toList();
        assertThat(waits).filteredOn(List::isEmpty).hasSize(1);
        assertThat(waits).filteredOn(w -> !w.isEmpty()).allSatisfy(w -> assertThat(w).hasSize(1));
        assertThat(waits.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates().hasSize(pools.size() - 1);
    }

    /**
     * Azure Backup does not protect NFS file shares (azure-file-share-support-matrix): homes are kept by
     * daily share snapshots, made and pruned by a CronJob as a workload identity that may read and snapshot
     * this share only, with share soft delete for the retention.
     */
    @Test
    void nfsHomesAreBackedUpBySnapshotsNotByAzureBackup() {
        Plan demo = Stacks.example("demo-azure");
        assertThat(demo.resources()).noneMatch(r -> r.type().startsWith("azure-native:recoveryservices:"));
        PlanResource cron = demo.ofType("kubernetes:batch/v1:CronJob").get(0);
        assertThat(cron.input("/spec/schedule").asText()).isEqualTo("0 3 * * *");
        assertThat(cron.input("/spec/timeZone").asText()).isEqualTo("Etc/UTC");
        assertThat(cron.input("/spec/jobTemplate/spec/template/metadata/labels/azure.workload.identity~1use").asText())
                .isEqualTo("true");
        assertThat(cron.input("/spec/jobTemplate/spec/template/spec/containers/0/command/2").asText())
                .contains("az storage share-rm snapshot").contains("az storage share-rm delete")
                .contains("created-by");
        PlanResource role = demo.ofType("azure-native:authorization:RoleDefinition").stream()
                .filter(r -> r.name().endsWith("-snapshots")).findFirst().orElseThrow();
        assertThat(role.input("/permissions/0/actions").toString()).doesNotContain("storageAccounts/delete", "listKeys", "*\"");
        assertThat(role.input("/assignableScopes").toString()).contains("homes");
        PlanResource softDelete = demo.ofType("azure-native:storage:FileServiceProperties").get(0);
        assertThat(softDelete.input("/shareDeleteRetentionPolicy/enabled").asBoolean()).isTrue();
    }

    /**
     * The cloud controller lists the resource group's public IPs before it attaches one: read on them in
     * that group, as a custom role (least that works), beside Network Contributor on the address itself.
     */
    @Test
    void theIngressAddressCanBeFoundAndAttached() {
        Plan demo = Stacks.example("demo-azure");
        PlanResource reader = demo.get("azure-native:authorization:RoleDefinition", "demo-azure-support-ingress-reader");
        assertThat(reader.input("/permissions/0/actions").toString())
                .isEqualTo("[\"Microsoft.Network/publicIPAddresses/read\"]");
        PlanResource assignment = demo.get("azure-native:authorization:RoleAssignment", "demo-azure-support-ingress-reader");
        assertThat(assignment.input("/scope").asText()).matches("/subscriptions/.+/resourceGroups/[^/]+");
    }

    /**
     * Role assignment names are GUIDs: without one Azure's provider picks a random one, different in every
     * plan. Each is a name-based UUID of scope, role and principal: stable, and unique per assignment.
     */
    @Test
    void roleAssignmentsAreNamedByStableGuids() {
        Plan first = Stacks.example("demo-azure");
        List<String> names = first.ofType("azure-native:authorization:RoleAssignment").stream()
                .map(r -> r.input("/roleAssignmentName").asText()).toList();
        assertThat(names).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        Plan again = io.hubfleet.plan.OfflinePlanner.plan(Stacks.exampleFile("demo-azure"));
        assertThat(again.ofType("azure-native:authorization:RoleAssignment").stream()
                .map(r -> r.input("/roleAssignmentName").asText()).toList()).isEqualTo(names);
    }

    /** A premium file share's smallest size is 100 GiB, and that is the default, not 1 TiB. */
    @Test
    void thePremiumShareDefaultsToItsMinimum() {
        Plan managed = Stacks.plan(Stacks.managedHomes(Stacks.AZURE_WITH_HUB));
        assertThat(managed.ofType("azure-native:storage:FileShare").get(0).input("/shareQuota").asInt()).isEqualTo(100);
    }

    /** The budget starts in the month of the first deployment, recorded then: AzureAccountTest says more. */
    @Test
    void theBudgetNeedsNoStartMonthInTheStackFile() {
        assertThat(Stacks.example("demo-azure").ofType("azure-native:consumption:Budget").get(0)
                .input("/timePeriod/startDate").asText()).isEqualTo("<stand-in:first-deployment.month>-01T00:00:00Z");
    }
}
