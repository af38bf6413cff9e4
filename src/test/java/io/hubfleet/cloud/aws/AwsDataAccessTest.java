package io.hubfleet.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.check.SecurityCheck;
import io.hubfleet.components.Hub;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** A hub's dataAccess on AWS: an inline policy on the hub's own role, and what other accounts' owners must add. */
class AwsDataAccessTest {

    private static Plan plan;

    @BeforeAll
    static void planAHubWithData() {
        plan = Stacks.plan(Stacks.AWS_WITH_HUB + """
                      dataAccess:
                        - {bucket: "s3://usgs-landsat", requesterPays: true}
                        - {bucket: "s3://partner-uploads", access: read-write}
                """ + Stacks.BETA_HUB);
    }

    @Test
    void theHubsRoleListsEachBucketAndReachesItsObjectsAsDeclared() throws Exception {
        PlanResource policy = plan.get("aws:iam/rolePolicy:RolePolicy", "alpha-data-access");
        assertParent(plan, policy, Hub.TYPE, "alpha");
        assertThat(policy.input("/role").asText()).isEqualTo("<stand-in:alpha-users.name>");
        JsonNode document = new ObjectMapper().readTree(policy.input("/policy").asText());
        assertThat(document.toString()).isEqualTo("{\"Statement\":["
                + "{\"Action\":[\"s3:ListBucket\",\"s3:GetBucketLocation\"],\"Effect\":\"Allow\","
                + "\"Resource\":[\"arn:aws:s3:::usgs-landsat\",\"arn:aws:s3:::partner-uploads\"]},"
                + "{\"Action\":[\"s3:GetObject\"],\"Effect\":\"Allow\",\"Resource\":[\"arn:aws:s3:::usgs-landsat/*\"]},"
                + "{\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\",\"s3:AbortMultipartUpload\","
                + "\"s3:ListMultipartUploadParts\"],\"Effect\":\"Allow\",\"Resource\":[\"arn:aws:s3:::partner-uploads/*\"]}],"
                + "\"Version\":\"2012-10-17\"}");
        // Requester Pays asks nothing more of IAM; the buckets are no resources of the stack.
        assertThat(plan.ofType("aws:s3/bucketV2:BucketV2")).extracting(r -> r.input("/bucket").asText())
                .doesNotContain("usgs-landsat", "partner-uploads");
        assertThat(plan.find("aws:iam/rolePolicy:RolePolicy", "beta-data-access")).isEmpty();
    }

    @Test
    void theOwnersStatementForEachBucketNamesTheHubsRole() throws Exception {
        JsonNode statements = plan.get(Hub.TYPE, "alpha").outputs().path("bucketOwnerStatements");
        JsonNode landsat = new ObjectMapper().readTree(statements.path("s3://usgs-landsat").asText());
        assertThat(landsat.toString()).isEqualTo("{\"Action\":[\"s3:ListBucket\",\"s3:GetBucketLocation\",\"s3:GetObject\"],"
                + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"<stand-in:alpha-users.arn>\"},"
                + "\"Resource\":[\"arn:aws:s3:::usgs-landsat\",\"arn:aws:s3:::usgs-landsat/*\"]}");
        assertThat(new ObjectMapper().readTree(statements.path("s3://partner-uploads").asText()).path("Action").toString())
                .contains("s3:PutObject", "s3:DeleteObject");
        // The stack output says the same, per hub, for `pulumi stack output`.
        assertThat(plan.outputs().path("bucketOwnerStatements").path("alpha")).isEqualTo(statements);
        assertThat(plan.outputs().path("bucketOwnerStatements").has("beta")).isFalse();
        assertThat(SecurityCheck.run(plan)).isEmpty();
    }

    @Test
    void aHubOnlyStacksHubGetsItsGrantsAndOutputsOnTheSharedCluster() {
        Plan hubOnly = Stacks.plan(Stacks.HUB_ONLY.formatted("aws", "small-aws")
                + "      dataAccess: [{bucket: \"s3://usgs-landsat\", requesterPays: true}]\n");
        PlanResource hub = hubOnly.ofType(Hub.TYPE).get(0);
        PlanResource policy = hubOnly.ofType("aws:iam/rolePolicy:RolePolicy").stream()
                .filter(p -> p.name().endsWith("-data-access")).findFirst().orElseThrow();
        assertParent(hubOnly, policy, Hub.TYPE, hub.name());
        assertThat(policy.input("/policy").asText()).contains("arn:aws:s3:::usgs-landsat/*");
        assertThat(hubOnly.outputs().path("bucketOwnerStatements").path("gamma").has("s3://usgs-landsat")).isTrue();
        assertThat(SecurityCheck.run(hubOnly)).isEmpty();
    }
}
