package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hub settings are refused with their key path when they cannot work or would let the wrong people in. */
class HubRulesTest {

    private static List<String> paths(String yaml) {
        return Stacks.problems(yaml).stream().map(p -> p.path().toString()).toList();
    }

    @Test
    void theExampleShapeIsAccepted() {
        var config = Stacks.read(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB);

        assertThat(config.hubs()).extracting(h -> h.name()).containsExactly("alpha", "beta");
        assertThat(config.hubs().get(0).generatedProfiles()).isTrue();
        assertThat(config.hubs().get(0).culling().idleTimeoutSeconds()).isEqualTo(3600);
        assertThat(config.hubs().get(1).dask().idleTimeoutSeconds()).isEqualTo(1800);
        assertThat(config.hubs().get(0).auth().clientSecret()).hasToString("[secret]");
        // Homes default to a disk per hub: 50 GiB, 10 GiB per user.
        assertThat(config.homeStorage().kind()).isEqualTo(io.hubfleet.config.HomeStorageKind.DISK);
        assertThat(config.homeStorage().capacityGiB()).isEqualTo(50);
        assertThat(config.homeStorage().perUserQuotaGiB()).isEqualTo(10);
        assertThat(config.ingress()).isPresent();
    }

    @Test
    void hubsNeedALetsEncryptContact() {
        assertThat(Stacks.problems(Stacks.GCP_WITH_HUB.replace("  hubfleet:ingress: {letsEncryptEmail: ops@example.org}\n", "")))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).hasToString("hubfleet:ingress");
                    assertThat(p.problem()).startsWith("missing");
                });
    }

    @Test
    void hubNamesAndDomainsAreUnique() {
        String twice = Stacks.GCP_WITH_HUB + Stacks.BETA_HUB.replace("name: beta", "name: alpha")
                .replace("beta.example.org", "alpha.example.org");
        assertThat(paths(twice)).containsExactly("hubfleet:hubs[1].domain", "hubfleet:hubs[1].name");
    }

    @Test
    void namespacesTheClusterUsesAreNotHubNames() {
        assertThat(paths(Stacks.GCP_WITH_HUB.replace("name: alpha", "name: kube-system")))
                .containsExactly("hubfleet:hubs[0].name");
    }

    @Test
    void aClientSecretInPlainTextIsRefusedWithTheCommandThatFixesIt() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP_WITH_HUB.replace("{secure: v1:alpha}", "hunter2"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:hubs[0].auth.clientSecret");
            assertThat(p.problem()).isEqualTo("the client secret is in plain text");
            assertThat(p.allowed()).contains("pulumi config set --secret --path 'hubfleet:hubs[0].auth.clientSecret'");
            assertThat(p.render()).doesNotContain("hunter2");
        });
    }

    @Test
    void aDeploymentTrustsPulumisListOfSecretKeys() {
        String env = """
                {"hubfleet:cloud":"gcp","hubfleet:region":"us-central1","hubfleet:zone":"us-central1-b",
                 "hubfleet:account":"{\\"id\\":\\"test-project\\"}","hubfleet:cluster":"{\\"kubernetesVersion\\":\\"1.33\\"}",
                 "hubfleet:nodePools":"[{\\"name\\":\\"u\\",\\"purpose\\":\\"user\\",\\"machineType\\":\\"n2-highmem-4\\",\\"max\\":2}]",
                 "hubfleet:ingress":"{\\"letsEncryptEmail\\":\\"a@b.org\\"}",
                 "hubfleet:hubs":"[{\\"name\\":\\"h\\",\\"domain\\":\\"h.example.org\\",\\"image\\":{\\"name\\":\\"img\\",\\"tag\\":\\"1\\"},\\"auth\\":{\\"provider\\":\\"github\\",\\"clientId\\":\\"c\\",\\"clientSecret\\":\\"decrypted\\",\\"allowedUsers\\":[\\"a\\"]}}]"}
                """;
        var secret = java.util.Map.of("PULUMI_STACK", "s", "PULUMI_CONFIG", env, "PULUMI_CONFIG_SECRET_KEYS", "[\"hubfleet:hubs\"]");
        var plain = java.util.Map.of("PULUMI_STACK", "s", "PULUMI_CONFIG", env, "PULUMI_CONFIG_SECRET_KEYS", "[]");

        assertThat(StackConfigReader.read(PulumiEnvironment.read(secret)).hubs()).hasSize(1);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidStackConfigException.class,
                () -> StackConfigReader.read(PulumiEnvironment.read(plain))).problems())
                .extracting(p -> p.path().toString()).containsExactly("hubfleet:hubs[0].auth.clientSecret");
    }

    @Test
    void aLoginThatAdmitsNobodyIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP_WITH_HUB.replace(
                "github: {organizations: [alpha-org]}", "github: {organizations: []}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:hubs[0].auth");
            assertThat(p.problem()).isEqualTo("nobody would be allowed to log in");
            assertThat(p.allowed()).contains("github.organizations");
        });
    }

    @Test
    void anotherProvidersSectionIsRefused() {
        assertThat(paths(Stacks.GCP_WITH_HUB.replace("github: {organizations: [alpha-org]}",
                "github: {organizations: [alpha-org]}\n        google: {hostedDomains: [x.edu]}")))
                .containsExactly("hubfleet:hubs[0].auth.google");
    }

    @Test
    void cilogonNeedsItsIdentityProviders() {
        assertThat(paths(Stacks.GCP_WITH_HUB.replace("provider: github", "provider: cilogon")
                .replace("github: {organizations: [alpha-org]}", "admins: [a@x.edu]")))
                .containsExactly("hubfleet:hubs[0].auth.cilogon");
    }

    @Test
    void imagesArePinned() {
        assertThat(paths(Stacks.GCP_WITH_HUB.replace("\"2025-06-02\"", "latest")))
                .containsExactly("hubfleet:hubs[0].image.tag");
    }

    @Test
    void declaredProfilesMustRunOnAUserPoolAndFitIt() {
        String yaml = Stacks.GCP_WITH_HUB + """
                      profiles:
                        - {name: small, displayName: Small, pool: user, memoryGuaranteeGiB: 4, default: true}
                        - {name: huge, displayName: Huge, pool: user, memoryGuaranteeGiB: 64}
                        - {name: wrong, displayName: Wrong, pool: dask, memoryGuaranteeGiB: 4, default: true}
                        - {name: typo, displayName: Typo, pool: usr, memoryGuaranteeGiB: 4}
                        - {name: gpu, displayName: GPU, pool: user, memoryGuaranteeGiB: 4, gpus: 1}
                """;
        List<ConfigProblem> problems = Stacks.problems(yaml);

        assertThat(problems).extracting(p -> p.path().toString()).containsExactly(
                "hubfleet:hubs[0].profiles",
                "hubfleet:hubs[0].profiles[1].memoryGuaranteeGiB",
                "hubfleet:hubs[0].profiles[2].pool",
                "hubfleet:hubs[0].profiles[3].pool",
                "hubfleet:hubs[0].profiles[4].gpus");
        // n2-highmem-4: 27.734 GiB allocatable measured, less the DaemonSets' 0.672 GiB.
        assertThat(problems.get(1).allowed()).startsWith("at most 27.06");
        assertThat(problems.get(3).suggestion()).isEqualTo("Did you mean \"user\"?");
    }

    @Test
    void generatedProfilesNeedAUserPool() {
        String noUserPool = Stacks.GCP_WITH_HUB.replace(
                "    - {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}\n", "");
        assertThat(paths(noUserPool)).containsExactly("hubfleet:hubs[0].profiles");
    }

    @Test
    void daskNeedsAWorkerPoolAndWorkersThatFitIt() {
        String noWorkers = Stacks.GCP_WITH_HUB.replace(
                "    - {name: dask, purpose: dask-worker, machineType: n2-highmem-16, spot: true, max: 20}\n", "")
                + "      dask: {enabled: true}\n";
        assertThat(paths(noWorkers)).containsExactly("hubfleet:hubs[0].dask.enabled");

        String tooBig = Stacks.GCP_WITH_HUB + "      dask: {enabled: true, workerSizes: [{cpu: 2, memoryGiB: 8}, {cpu: 32, memoryGiB: 8}]}\n";
        assertThat(paths(tooBig)).containsExactly("hubfleet:hubs[0].dask.workerSizes[1]");
    }

    @Test
    void filestoreBasicTiersHaveTheirMinimums() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP_WITH_HUB
                + "  hubfleet:homeStorage: {kind: managed, tier: premium, capacityGiB: 1024}\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:homeStorage.capacityGiB");
            assertThat(p.problem()).isEqualTo("1024 GiB is below the 2560 GiB minimum of Filestore BASIC_SSD");
        });
        assertThat(paths(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {kind: managed, capacityGiB: 512}\n"))
                .containsExactly("hubfleet:homeStorage.capacityGiB");
    }

    @Test
    void resourceLimitsCannotBeBelowGuarantees() {
        assertThat(paths(Stacks.GCP_WITH_HUB + "      defaultResources: {memoryGuaranteeGiB: 4, memoryLimitGiB: 2, cpuGuarantee: 2, cpuLimit: 1}\n"))
                .containsExactly("hubfleet:hubs[0].defaultResources.cpuLimit",
                        "hubfleet:hubs[0].defaultResources.memoryLimitGiB");
    }
}
