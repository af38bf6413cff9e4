package io.hubfleet.cloud.azure;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** An Azure subscription, adopted or created as an alias under a billing scope; its budget. */
class AzureAccountTest {

    private static final String ALIAS = "azure-native:subscription:Alias";
    private static final String SCOPE = "/providers/Microsoft.Billing/billingAccounts/1234/billingProfiles/AB/invoiceSections/CD";
    private static final String BUDGET = "  hubfleet:budget: {monthlyAmount: 650, startMonth: \"2026-12\","
            + " forecastThresholdsPercent: [100, 150], emails: [ops@example.org]}";

    private static Plan adopted;
    private static Plan created;

    @BeforeAll
    static void plan() {
        adopted = Stacks.plan(Stacks.with(Stacks.AZURE_WITH_HUB, BUDGET));
        created = Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.AZURE_WITH_HUB,
                "{create: {billingScope: " + SCOPE + ", workload: DevTest}}"), BUDGET));
    }

    @Test
    void aCreatedSubscriptionIsAnAliasUnderItsBillingScopeKeptForever() {
        PlanResource alias = created.get(ALIAS, "test");
        assertParent(created, alias, CloudAccount.TYPE, "test");
        assertThat(alias.input("/aliasName").asText()).isEqualTo("hubfleet-test");
        assertThat(alias.input("/properties/billingScope").asText()).isEqualTo(SCOPE);
        assertThat(alias.input("/properties/workload").asText()).isEqualTo("DevTest");
        assertThat(alias.input("/properties/displayName").asText()).isEqualTo("hubfleet-test");
        assertThat(alias.protect()).isTrue();
        assertThat(alias.retainOnDelete()).isTrue();
        assertThat(alias.provider()).endsWith("::test-tenant");
    }

    @Test
    void theProviderIsPinnedToTheNewSubscription() {
        assertThat(created.get("pulumi:providers:azure-native", "test").input("/subscriptionId").asText())
                .isEqualTo("<stand-in:test.properties.subscriptionId>");
        assertThat(created.get("azure-native:authorization:RoleAssignment", "test-deployer-admin")
                .input("/roleDefinitionId").asText())
                .startsWith("/subscriptions/<stand-in:test.properties.subscriptionId>/providers/");
        assertThat(adopted.ofType(ALIAS)).isEmpty();
    }

    @Test
    void theBudgetIsOnTheSubscriptionFromThisMonthOn() {
        PlanResource budget = adopted.get("azure-native:consumption:Budget", "test-budget");
        assertParent(adopted, budget, CloudAccount.TYPE, "test");
        assertThat(budget.input("/scope").asText()).isEqualTo("/subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        assertThat(budget.input("/amount").asDouble()).isEqualTo(650.0);
        assertThat(budget.input("/timeGrain").asText()).isEqualTo("Monthly");
        assertThat(budget.input("/category").asText()).isEqualTo("Cost");
        assertThat(budget.input("/timePeriod/startDate").asText()).isEqualTo("2026-12-01T00:00:00Z");
        // Azure refuses a start date in a past month: the first deployment's date stays.
        assertThat(budget.ignoreChanges()).containsExactly("timePeriod");
        JsonNode notifications = budget.input("/notifications");
        assertThat(notifications.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("actual-50", "actual-90", "actual-120", "forecast-100", "forecast-150");
        assertThat(notifications.path("forecast-150").path("thresholdType").asText()).isEqualTo("Forecasted");
        assertThat(notifications.path("actual-120").path("thresholdType").asText()).isEqualTo("Actual");
        assertThat(notifications.path("actual-120").path("threshold").asInt()).isEqualTo(120);
        assertThat(notifications.path("actual-120").path("contactEmails").toString()).isEqualTo("[\"ops@example.org\"]");
    }

    /**
     * Azure refuses a budget that starts before the month it is created in, so a month in the stack file
     * goes stale: without one the first deployment records its own month and every later run keeps it;
     * offline the month is a stand-in, so plans do not change with the calendar.
     */
    @Test
    void theStartMonthIsTheFirstDeploymentsRecordedOnce() throws Exception {
        String stack = Stacks.with(Stacks.AZURE_WITH_HUB, "  hubfleet:budget: {monthlyAmount: 650, emails: [ops@example.org]}");
        io.hubfleet.testing.Stacks.read(stack); // accepted without a startMonth
        var offline = Stacks.plan(stack);
        var budget = offline.ofType("azure-native:consumption:Budget").get(0);
        assertThat(budget.input("/timePeriod/startDate").asText()).isEqualTo("<stand-in:first-deployment.month>-01T00:00:00Z");
        assertThat(offline.outputs().path("budgetStartMonth").asText()).isEqualTo("<stand-in:first-deployment.month>");
        assertThat(budget.ignoreChanges()).containsExactly("timePeriod");

        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var raw = Stacks.raw(stack);
        var config = io.hubfleet.config.StackConfigReader.read(raw);
        // A first deployment records its own month ...
        var first = io.hubfleet.plan.PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(json), raw.secretKeys(),
                java.util.Map.of("test", json.createObjectNode()), ctx -> io.hubfleet.program.EstateProgram.define(ctx, config));
        String now = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertThat(first.outputs().path("budgetStartMonth").asText()).isIn(now,
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString());
        // ... and every later one keeps it.
        var later = io.hubfleet.plan.PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(json), raw.secretKeys(),
                java.util.Map.of("test", json.createObjectNode().put("budgetStartMonth", "2026-03")),
                ctx -> io.hubfleet.program.EstateProgram.define(ctx, config));
        assertThat(later.ofType("azure-native:consumption:Budget").get(0).input("/timePeriod/startDate").asText())
                .isEqualTo("2026-03-01T00:00:00Z");
    }
}
