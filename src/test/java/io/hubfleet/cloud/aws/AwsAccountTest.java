package io.hubfleet.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** An AWS account, adopted or created in the organisation, entered through its access role; its budget. */
class AwsAccountTest {

    private static final String ACCOUNT = "aws:organizations/account:Account";
    private static final String ACCOUNT_COMPONENT = "hubfleet:index:CloudAccount";
    private static final String BUDGET = "  hubfleet:budget: {monthlyAmount: 800, emails: [ops@example.org]}";

    private static Plan adopted;
    private static Plan created;

    @BeforeAll
    static void plan() {
        adopted = Stacks.plan(Stacks.with(Stacks.AWS_WITH_HUB, BUDGET));
        created = Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.AWS_WITH_HUB,
                "{create: {email: aws-hubs@example.org, organizationalUnitId: ou-ab12-cdef3456, accessRoleName: HubfleetAccess}}"),
                BUDGET));
    }

    @Test
    void aCreatedAccountJoinsItsOrganisationalUnitAndIsNeverClosed() {
        PlanResource account = created.get(ACCOUNT, "test");
        assertParent(created, account, CloudAccount.TYPE, "test");
        assertThat(account.input("/email").asText()).isEqualTo("aws-hubs@example.org");
        assertThat(account.input("/parentId").asText()).isEqualTo("ou-ab12-cdef3456");
        assertThat(account.input("/roleName").asText()).isEqualTo("HubfleetAccess");
        assertThat(account.input("/name").asText()).isEqualTo("hubfleet-test");
        assertThat(account.input("/closeOnDeletion").asBoolean()).isFalse();
        assertThat(account.protect()).isTrue();
        assertThat(account.retainOnDelete()).isTrue();
        assertThat(account.ignoreChanges()).containsExactly("roleName");
        assertThat(account.provider()).endsWith("::test-management");
    }

    @Test
    void theProviderAssumesTheAccessRoleIntoTheNewAccountAndNoOther() throws Exception {
        PlanResource provider = created.get("pulumi:providers:aws", "test");
        // Providers take object settings as JSON text.
        JsonNode assumeRole = new ObjectMapper().readTree(provider.input("/assumeRole").asText());
        assertThat(assumeRole.path("roleArn").asText()).isEqualTo("arn:aws:iam::<stand-in:test.id>:role/HubfleetAccess");
        assertThat(assumeRole.path("sessionName").asText()).isEqualTo("hubfleet-test");
        assertThat(new ObjectMapper().readTree(provider.input("/allowedAccountIds").asText()).toString())
                .isEqualTo("[\"<stand-in:test.id>\"]");
        assertThat(provider.input("/region").asText()).isEqualTo("us-west-2");
    }

    @Test
    void anAdoptedAccountIsEnteredWithTheOperatorsOwnCredentials() {
        assertThat(adopted.ofType(ACCOUNT)).isEmpty();
        assertThat(adopted.ofType("pulumi:providers:aws")).filteredOn(p -> adopted.parentOf(p).orElseThrow().type().equals(ACCOUNT_COMPONENT))
                .extracting(PlanResource::name).containsExactly("test");
        assertThat(adopted.get("pulumi:providers:aws", "test").input("/assumeRole").isMissingNode()).isTrue();
    }

    @Test
    void bucketNamesOfACreatedAccountAreStableAndUniqueWithoutItsId() {
        String scratch = created.get("aws:s3/bucketV2:BucketV2", "alpha-scratch").input("/bucket").asText();
        assertThat(scratch).matches("hf[0-9a-f]{6}-test-alpha-scratch").doesNotContain("stand-in");
        Plan again = Stacks.freshPlan(Stacks.with(Stacks.withAccount(Stacks.AWS_WITH_HUB,
                "{create: {email: aws-hubs@example.org, organizationalUnitId: ou-ab12-cdef3456, accessRoleName: HubfleetAccess}}"),
                BUDGET));
        assertThat(again.get("aws:s3/bucketV2:BucketV2", "alpha-scratch").input("/bucket").asText()).isEqualTo(scratch);
    }

    @Test
    void theBudgetMailsAtEachActualAndForecastThreshold() {
        PlanResource budget = adopted.get("aws:budgets/budget:Budget", "test-budget");
        assertParent(adopted, budget, CloudAccount.TYPE, "test");
        assertThat(budget.input("/budgetType").asText()).isEqualTo("COST");
        assertThat(budget.input("/timeUnit").asText()).isEqualTo("MONTHLY");
        assertThat(budget.input("/limitAmount").asText()).isEqualTo("800");
        assertThat(budget.input("/limitUnit").asText()).isEqualTo("USD");
        JsonNode notifications = budget.input("/notifications");
        assertThat(notifications).hasSize(4);
        assertThat(notifications).extracting(n -> n.path("notificationType").asText() + " " + n.path("threshold").asInt())
                .containsExactly("ACTUAL 50", "ACTUAL 90", "ACTUAL 120", "FORECASTED 100");
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.path("thresholdType").asText()).isEqualTo("PERCENTAGE");
            assertThat(n.path("comparisonOperator").asText()).isEqualTo("GREATER_THAN");
            assertThat(n.path("subscriberEmailAddresses").toString()).isEqualTo("[\"ops@example.org\"]");
        });
        assertThat(budget.provider()).isEqualTo(adopted.get("pulumi:providers:aws", "test").urn());
    }
}
