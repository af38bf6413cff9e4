package io.hubfleet.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads after pulumi up: URLs, addresses, buckets, the kubeconfig (secret) and how to get credentials. */
class StackOutputsTest {

    @Test
    void theOutputsNameEverythingAnOperatorNeedsAndKeepTheKubeconfigSecret() {
        JsonNode outputs = Stacks.plan(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB).outputs();
        assertThat(outputs.path("hubUrls").path("beta").asText()).isEqualTo("https://beta.example.org");
        assertThat(outputs.path("buckets").path("alpha").path("scratch").asText())
                .isEqualTo("gs://test-project-test-alpha-scratch");
        assertThat(outputs.path("buckets").path("alpha").has("persistent")).isFalse();
        assertThat(outputs.path("buckets").path("beta").path("persistent").asText())
                .isEqualTo("gs://test-project-test-beta-persistent");
        assertThat(outputs.path("kubeconfig").asText()).isEqualTo("[secret]");
        assertThat(outputs.path("accountId").asText()).isEqualTo("test-project");
        assertThat(outputs.path("ingressAddresses")).hasSize(1);
        assertThat(outputs.path("credentialsCommand").asText())
                .isEqualTo("gcloud container clusters get-credentials test --project test-project --location us-central1-b");
    }

    @Test
    void aStackWithoutABudgetIsWarnedAbout() {
        assertThat(Stacks.plan(Stacks.GCP_WITH_HUB).warnings())
                .contains("no hubfleet:budget: nobody is told when this account's spend runs away");
        assertThat(Stacks.example("demo-gcp").warnings()).noneMatch(w -> w.contains("budget"));
    }

    @Test
    void eachCloudSaysHowToGetCredentials() {
        Plan aws = Stacks.plan(Stacks.withAccount(Stacks.AWS_WITH_HUB,
                "{create: {email: aws@example.org, organizationalUnitId: ou-ab12-cdef3456}}"));
        assertThat(aws.outputs().path("credentialsCommand").asText()).isEqualTo("aws eks update-kubeconfig --name test "
                + "--region us-west-2 --role-arn arn:aws:iam::<stand-in:test.id>:role/OrganizationAccountAccessRole");
        Plan azure = Stacks.plan(Stacks.AZURE_WITH_HUB);
        assertThat(azure.outputs().path("credentialsCommand").asText()).isEqualTo("az aks get-credentials "
                + "--subscription 3f2504e0-4f89-41d3-9a0c-0305e82c3301 --resource-group hubfleet-test --name test "
                + "&& kubelogin convert-kubeconfig -l azurecli");
    }
}
