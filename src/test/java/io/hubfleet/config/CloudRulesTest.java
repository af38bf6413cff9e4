package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What one cloud accepts and another does not, refused when the stack file is read. */
class CloudRulesTest {

    private static final String AZURE = Stacks.GCP
            .replace("hubfleet:cloud: gcp", "hubfleet:cloud: azure")
            .replace("hubfleet:region: us-central1", "hubfleet:region: westeurope")
            .replace("  hubfleet:zone: us-central1-b\n", "")
            .replace("{id: test-project}", "{id: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}")
            .replace("\"1.33\"", "\"1.35\"");

    private static List<String> paths(String yaml) {
        return Stacks.problems(yaml).stream().map(p -> p.path().toString()).toList();
    }

    @Test
    void kubernetesVersionsAreThoseTheCloudSupports() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.AWS_WITH_HUB.replace("\"1.35\"", "\"1.33\""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:cluster.kubernetesVersion");
            assertThat(p.problem()).isEqualTo("Kubernetes 1.33 is not a version hubfleet deploys on aws");
            assertThat(p.allowed()).startsWith("one of 1.34, 1.35, 1.36");
        });
        assertThat(paths(Stacks.GCP.replace("\"1.33\"", "\"1.29\""))).containsExactly("hubfleet:cluster.kubernetesVersion");
    }

    @Test
    void aksAgentPoolNamesAreTwelveLettersAtMost() {
        assertThat(paths(AZURE.replace("name: user,", "name: users-of-physics,")))
                .containsExactly("hubfleet:nodePools[0].name");
        assertThat(paths(AZURE + "    - {name: us-er, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}\n"))
                .containsExactly("hubfleet:nodePools[1].name");
        assertThat(Stacks.read(AZURE.replace("name: user,", "name: users-phys,")).nodePools()).hasSize(1);
    }

    @Test
    void azureKeepsFileShareBackupsTwoHundredDaysAtMost() {
        assertThat(paths(AZURE + "  hubfleet:homeStorage: {kind: managed, backups: {retentionDays: 365}}\n"))
                .containsExactly("hubfleet:homeStorage.backups.retentionDays");
        assertThat(Stacks.read(Stacks.GCP + "  hubfleet:homeStorage: {backups: {retentionDays: 365}}\n")
                .homeStorage().backups().retentionDays()).isEqualTo(365);
    }

    @Test
    void zonesMustBeTheClouds() {
        assertThat(paths(AZURE.replace("\"1.35\"}", "\"1.35\", zones: [\"1\", \"4\"]}")))
                .containsExactly("hubfleet:cluster.zones[1]");
        assertThat(paths(Stacks.AWS_WITH_HUB.replace("\"1.35\"}", "\"1.35\", zones: [us-west-2a, us-east-1b]}")))
                .containsExactly("hubfleet:cluster.zones[1]");
        assertThat(paths(Stacks.AWS_WITH_HUB.replace("\"1.35\"}", "\"1.35\", zones: [us-west-2a]}")))
                .as("EKS needs two zones").containsExactly("hubfleet:cluster.zones");
    }

    @Test
    void awsNodeRangesMustHoldTheSubnets() {
        assertThat(paths(Stacks.AWS_WITH_HUB.replace("\"1.35\"}",
                "\"1.35\", network: {nodeCidr: 10.0.0.0/22, controlPlaneCidr: 172.16.0.0/28}}")))
                .containsExactly("hubfleet:cluster.network.nodeCidr");
    }

    @Test
    void adminPrincipalsAreNamedTheCloudsWay() {
        assertThat(paths(Stacks.AWS_WITH_HUB.replace("\"1.35\"}",
                "\"1.35\", adminPrincipals: [\"arn:aws:iam::123456789012:role/ops\", \"alice\"]}")))
                .containsExactly("hubfleet:cluster.adminPrincipals[1]");
        assertThat(paths(Stacks.GCP.replace("\"1.33\"}", "\"1.33\", adminPrincipals: [\"group:ops@example.org\", "
                + "\"arn:aws:iam::123456789012:role/ops\"]}"))).containsExactly("hubfleet:cluster.adminPrincipals[1]");
        assertThat(paths(AZURE.replace("\"1.35\"}", "\"1.35\", adminPrincipals: [not-a-guid]}")))
                .containsExactly("hubfleet:cluster.adminPrincipals[0]");
    }

    @Test
    void anotherCloudsAccountIdIsRefused() {
        assertThat(paths(AZURE.replace("3f2504e0-4f89-41d3-9a0c-0305e82c3301", "my-project")))
                .containsExactly("hubfleet:account.id");
    }
}
