package io.hubfleet.config;

import io.hubfleet.config.hub.DataAccessConfig;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hubs' dataAccess refused with the key path, what was wrong and what is allowed. */
class DataAccessRulesTest {

    static final String ACCOUNT = "/subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301/resourceGroups/research-data"
            + "/providers/Microsoft.Storage/storageAccounts/researchdata";

    static String render(String stack, String hubKeys) {
        return Stacks.problems(stack + hubKeys).stream().map(p -> p.path() + ": " + p.problem() + " | " + p.allowed())
                .toList().toString();
    }

    @Test
    void theDefaultsAreReadAccessWithoutRequesterPays() {
        List<DataAccessConfig> entries = Stacks.read(Stacks.GCP_WITH_HUB + """
                      dataAccess:
                        - {bucket: "gs://shared-data"}
                        - {bucket: "gs://course-uploads", access: read-write, requesterPays: true}
                """).hubs().get(0).dataAccess();
        assertThat(entries).extracting(DataAccessConfig::access)
                .containsExactly(DataAccessConfig.Access.READ, DataAccessConfig.Access.READ_WRITE);
        assertThat(entries).extracting(DataAccessConfig::requesterPays).containsExactly(false, true);
        assertThat(Stacks.read(Stacks.AZURE_WITH_HUB + "      dataAccess: [{storageAccount: " + ACCOUNT
                + ", container: climate}]\n").hubs().get(0).dataAccess()).singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo(ACCOUNT.toLowerCase(java.util.Locale.ROOT)
                        + "/blobservices/default/containers/climate"));
    }

    @Test
    void aBucketMustBeOfTheStacksCloudAndAWholeBucket() {
        String gcp = render(Stacks.GCP_WITH_HUB, """
                      dataAccess:
                        - {bucket: "s3://usgs-landsat"}
                        - {bucket: "shared-data"}
                        - {bucket: "gs://shared-data/climate"}
                        - {storageAccount: "%s"}
                        - {bucket: "gs://shared-data", container: climate}
                        - {}
                """.formatted(ACCOUNT));
        assertThat(gcp)
                .contains("hubfleet:hubs[0].dataAccess[0].bucket: \"s3://usgs-landsat\" is a bucket of another cloud than "
                        + "the stack's (gcp) | gs://<bucket>: a hub's identity reaches its own cloud's buckets")
                .contains("hubfleet:hubs[0].dataAccess[1].bucket: \"shared-data\" is not a bucket URL | gs://<bucket>")
                .contains("hubfleet:hubs[0].dataAccess[2].bucket: \"gs://shared-data/climate\" names a path within the "
                        + "bucket | gs://shared-data: grants are on whole buckets")
                .contains("hubfleet:hubs[0].dataAccess[3].storageAccount: storage accounts are Azure's, and this stack "
                        + "is on gcp | bucket: gs://<bucket>")
                .contains("hubfleet:hubs[0].dataAccess[4].container: a container belongs to an Azure storage account")
                .contains("hubfleet:hubs[0].dataAccess[5]: names neither a bucket nor a storage account");
        assertThat(render(Stacks.AWS_WITH_HUB, "      dataAccess: [{bucket: \"gs://shared-data\"}]\n"))
                .contains("hubfleet:hubs[0].dataAccess[0].bucket: \"gs://shared-data\" is a bucket of another cloud than "
                        + "the stack's (aws) | s3://<bucket>");
        assertThat(render(Stacks.AZURE_WITH_HUB, "      dataAccess: [{bucket: \"s3://usgs-landsat\"}]\n"))
                .contains("hubfleet:hubs[0].dataAccess[0].bucket: \"s3://usgs-landsat\" is a bucket, and an Azure hub "
                        + "reaches storage accounts | storageAccount: <resource id> (and container) on Azure");
    }

    @Test
    void bucketNamesFollowTheirCloudsNamingRules() {
        String gcs = render(Stacks.GCP_WITH_HUB, """
                      dataAccess:
                        - {bucket: "gs://Shared-Data"}
                        - {bucket: "gs://google-data"}
                        - {bucket: "gs://192.168.5.4"}
                        - {bucket: "gs://%s"}
                        - {bucket: "gs://under_score.and.dots"}
                """.formatted("a".repeat(64)));
        assertThat(gcs)
                .contains("dataAccess[0].bucket: \"Shared-Data\" is not 3 to 63 lowercase letters")
                .contains("dataAccess[1].bucket: \"google-data\" starts with \"goog\" or contains \"google\"")
                .contains("dataAccess[2].bucket: \"192.168.5.4\" is an IP address")
                .contains("dataAccess[3].bucket: \"" + "a".repeat(64) + "\" is longer than 63 characters")
                .doesNotContain("dataAccess[4]");
        String s3 = render(Stacks.AWS_WITH_HUB, """
                      dataAccess:
                        - {bucket: "s3://under_score"}
                        - {bucket: "s3://two..dots"}
                        - {bucket: "s3://xn--data"}
                        - {bucket: "s3://data-s3alias"}
                        - {bucket: "s3://ab"}
                        - {bucket: "s3://usgs-landsat", requesterPays: true}
                """);
        assertThat(s3)
                .contains("dataAccess[0].bucket: \"under_score\" is not 3 to 63 lowercase letters, digits, '.' and '-'")
                .contains("dataAccess[1].bucket: \"two..dots\" has two adjacent periods")
                .contains("dataAccess[2].bucket: \"xn--data\" starts with the reserved prefix xn--")
                .contains("dataAccess[3].bucket: \"data-s3alias\" ends with the reserved suffix -s3alias")
                .contains("dataAccess[4].bucket: \"ab\" is not 3 to 63")
                .doesNotContain("dataAccess[5]");
    }

    @Test
    void duplicatesAndTheHubsOwnBucketsAreRefused() {
        String report = render(Stacks.GCP_WITH_HUB, """
                      dataAccess:
                        - {bucket: "gs://shared-data"}
                        - {bucket: "gs://shared-data", access: read-write}
                        - {bucket: "gs://test-project-test-alpha-scratch"}
                """);
        assertThat(report)
                .contains("hubfleet:hubs[0].dataAccess[1]: grants gs://shared-data again (dataAccess[0]) | each bucket, "
                        + "storage account or container once per hub, with the widest access it needs")
                .contains("hubfleet:hubs[0].dataAccess[2].bucket: \"test-project-test-alpha-scratch\" is hub alpha's own "
                        + "bucket");
        // The same bucket for two hubs is two grants, each hub's own.
        assertThat(Stacks.read(Stacks.GCP_WITH_HUB + "      dataAccess: [{bucket: \"gs://shared-data\"}]\n"
                + Stacks.BETA_HUB + "      dataAccess: [{bucket: \"gs://shared-data\"}]\n").hubs())
                .allSatisfy(hub -> assertThat(hub.dataAccess()).hasSize(1));
    }

    @Test
    void onAzureAStorageAccountByIdAndAContainerAtMostOnceAndNoRequesterPays() {
        String report = render(Stacks.AZURE_WITH_HUB, """
                      dataAccess:
                        - {storageAccount: "%1$s"}
                        - {storageAccount: "%1$s", container: climate}
                        - {storageAccount: "researchdata"}
                        - {storageAccount: "%2$s", container: "Bad--Name"}
                        - {storageAccount: "%3$s"}
                        - {storageAccount: "%2$s", requesterPays: true}
                """.formatted(ACCOUNT, ACCOUNT.replace("researchdata", "otherdata"), ACCOUNT.toUpperCase(java.util.Locale.ROOT)));
        assertThat(report)
                .contains("hubfleet:hubs[0].dataAccess[5].requesterPays: Azure Storage has no Requester Pays: the "
                        + "account's owner pays for reads | leave requesterPays out on Azure")
                .contains("hubfleet:hubs[0].dataAccess[1].container: the container is within storage account " + ACCOUNT
                        + ", which dataAccess[0] grants whole")
                .contains("hubfleet:hubs[0].dataAccess[2].storageAccount: \"researchdata\" is not a storage account's "
                        + "resource id | /subscriptions/<subscription id>/resourceGroups/")
                .contains("hubfleet:hubs[0].dataAccess[3].container: \"Bad--Name\" is not a container name")
                // Resource ids ignore case: the upper-case id is the same account.
                .contains("hubfleet:hubs[0].dataAccess[4]: grants " + ACCOUNT.toLowerCase(java.util.Locale.ROOT)
                        + " again (dataAccess[0])");
    }
}
