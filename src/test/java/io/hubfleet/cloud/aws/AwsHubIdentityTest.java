package io.hubfleet.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.components.Hub;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each hub's IAM role: assumable by exactly its user service account, reaching its own buckets only. */
class AwsHubIdentityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;

    @BeforeAll
    static void planTwoHubs() {
        plan = Stacks.plan(Stacks.AWS_WITH_HUB + Stacks.BETA_HUB);
    }

    @Test
    void onlyTheHubsUserServiceAccountMayAssumeItsRole() throws Exception {
        for (String hub : new String[]{"alpha", "beta"}) {
            JsonNode trust = JSON.readTree(plan.get("aws:iam/role:Role", hub + "-users").input("/assumeRolePolicy").asText());
            assertThat(trust.path("Statement")).hasSize(1);
            JsonNode statement = trust.path("Statement").get(0);
            assertThat(statement.path("Action").toString()).isEqualTo("[\"sts:AssumeRoleWithWebIdentity\"]");
            assertThat(statement.at("/Principal/Federated").asText()).isEqualTo("<stand-in:test-oidc.arn>");
            JsonNode equals = statement.at("/Condition/StringEquals");
            assertThat(equals.path("<stand-in:test.identities[0].oidcs[0].issuer>:sub").asText())
                    .isEqualTo("system:serviceaccount:" + hub + ":" + Hub.USER_SERVICE_ACCOUNT);
            assertThat(equals.path("<stand-in:test.identities[0].oidcs[0].issuer>:aud").asText()).isEqualTo("sts.amazonaws.com");
            assertThat(plan.get("kubernetes:core/v1:ServiceAccount", hub + "-users")
                    .input("/metadata/annotations/eks.amazonaws.com~1role-arn").asText())
                    .isEqualTo("<stand-in:" + hub + "-users.arn>");
        }
    }

    @Test
    void eachRoleReachesItsOwnBucketsOnly() throws Exception {
        JsonNode alpha = JSON.readTree(plan.get("aws:iam/rolePolicy:RolePolicy", "alpha-buckets").input("/policy").asText());
        assertThat(alpha.toString()).contains("arn:aws:s3:::123456789012-test-alpha-scratch")
                .doesNotContain("beta").doesNotContain("\"*\"").doesNotContain("s3:*");
        JsonNode beta = JSON.readTree(plan.get("aws:iam/rolePolicy:RolePolicy", "beta-buckets").input("/policy").asText());
        assertThat(beta.at("/Statement/1/Resource").toString()).isEqualTo(
                "[\"arn:aws:s3:::123456789012-test-beta-scratch/*\",\"arn:aws:s3:::123456789012-test-beta-persistent/*\"]");
        assertThat(beta.toString()).doesNotContain("alpha");
    }

    @Test
    void bucketsArePrivateEncryptedAndScratchExpires() {
        PlanResource block = plan.get("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "alpha-scratch");
        for (String flag : new String[]{"/blockPublicAcls", "/blockPublicPolicy", "/ignorePublicAcls", "/restrictPublicBuckets"}) {
            assertThat(block.input(flag).asBoolean()).as(flag).isTrue();
        }
        assertThat(plan.get("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "alpha-scratch")
                .input("/rule/objectOwnership").asText()).isEqualTo("BucketOwnerEnforced");
        assertThat(plan.get("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "alpha-scratch").input("/rules/0/applyServerSideEncryptionByDefault/sseAlgorithm").asText()).isEqualTo("AES256");
        assertThat(plan.get("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "alpha-scratch")
                .input("/rules/0/expiration/days").asInt()).isEqualTo(7);
        PlanResource persistent = plan.get("aws:s3/bucketV2:BucketV2", "beta-persistent");
        assertThat(persistent.protect()).isTrue();
        assertThat(persistent.retainOnDelete()).isTrue();
        assertThat(persistent.input("/forceDestroy").asBoolean()).isFalse();
        assertThat(plan.get("aws:s3/bucketV2:BucketV2", "alpha-scratch").protect()).isFalse();
    }

    @Test
    void usersSeeTheirScratchBucketAsAnS3Url() {
        assertThat(io.hubfleet.testing.Releases.values(plan, "beta").at("/singleuser/extraEnv/SCRATCH_BUCKET").asText())
                .isEqualTo("s3://123456789012-test-beta-scratch/$(JUPYTERHUB_USER)");
    }
}
