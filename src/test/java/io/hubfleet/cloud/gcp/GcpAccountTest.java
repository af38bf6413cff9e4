package io.hubfleet.cloud.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** A GCP project, adopted or created, with the APIs the estate needs on before anything else; its budget. */
class GcpAccountTest {

    private static final String PROJECT = "gcp:organizations/project:Project";
    private static final String SERVICE = "gcp:projects/service:Service";
    private static final String BUDGET = "  hubfleet:budget: {monthlyAmount: 1234.5, currency: EUR, "
            + "thresholdsPercent: [25, 75], emails: [ops@example.org, dean@example.edu]}";

    private static Plan adopted;
    private static Plan created;

    @BeforeAll
    static void plan() {
        adopted = Stacks.plan(Stacks.managedHomes(Stacks.with(Stacks.withAccount(Stacks.GCP_WITH_HUB,
                "{id: test-project, billingAccount: 012345-6789AB-CDEF01}"), BUDGET)));
        created = Stacks.plan(Stacks.managedHomes(Stacks.with(Stacks.withAccount(Stacks.GCP_WITH_HUB,
                "{id: new-project, billingAccount: 012345-6789AB-CDEF01, create: {folderId: \"314\", displayName: Physics hubs}}"),
                BUDGET)));
    }

    @Test
    void homesOnDisksNeedNoFilestoreOrBackupWorkflowApis() {
        Plan disks = Stacks.plan(Stacks.GCP_WITH_HUB);
        assertThat(disks.ofType(SERVICE)).extracting(s -> s.input("/service").asText())
                .contains("compute.googleapis.com")
                .doesNotContain("file.googleapis.com", "workflows.googleapis.com", "cloudscheduler.googleapis.com");
    }

    @Test
    void aCreatedProjectIsLinkedToItsBillingAccountUnderItsParentAndKeptForever() {
        PlanResource project = created.get(PROJECT, "test");
        assertParent(created, project, CloudAccount.TYPE, "test");
        assertThat(project.input("/projectId").asText()).isEqualTo("new-project");
        assertThat(project.input("/name").asText()).isEqualTo("Physics hubs");
        assertThat(project.input("/folderId").asText()).isEqualTo("314");
        assertThat(project.input("/orgId").isMissingNode()).isTrue();
        assertThat(project.input("/billingAccount").asText()).isEqualTo("012345-6789AB-CDEF01");
        assertThat(project.input("/autoCreateNetwork").asBoolean()).isFalse();
        assertThat(project.protect()).isTrue();
        assertThat(project.retainOnDelete()).isTrue();
        assertThat(project.provider()).endsWith("::test-bootstrap");
    }

    @Test
    void anAdoptedProjectIsNotCreated() {
        assertThat(adopted.ofType(PROJECT)).isEmpty();
        assertThat(adopted.get("pulumi:providers:gcp", "test-bootstrap").input("/project").asText()).isEqualTo("test-project");
        assertThat(created.get("pulumi:providers:gcp", "test-bootstrap").input("/project").isMissingNode()).isTrue();
    }

    @Test
    void theApisTheEstateUsesAreEnabledAndEverythingWaitsForThem() {
        for (Plan plan : List.of(adopted, created)) {
            List<PlanResource> services = plan.ofType(SERVICE);
            assertThat(services).extracting(s -> s.input("/service").asText()).contains(
                    "container.googleapis.com", "compute.googleapis.com", "file.googleapis.com",
                    "workflows.googleapis.com", "storage.googleapis.com", "billingbudgets.googleapis.com",
                    "iamcredentials.googleapis.com");
            for (PlanResource service : services) {
                // Turning an API off can break what others built in the project.
                assertThat(service.input("/disableOnDestroy").asBoolean()).isFalse();
                // A created project bills the API calls to itself (user credentials need a quota project).
                assertThat(service.provider()).endsWith(plan == created ? "::test-services" : "::test-bootstrap");
            }
            PlanResource provider = plan.get("pulumi:providers:gcp", "test");
            assertThat(provider.dependsOn()).containsAll(services.stream().map(PlanResource::urn).toList());
        }
        assertThat(created.ofType(SERVICE)).allSatisfy(s -> assertThat(s.input("/project").asText()).isEqualTo("new-project"));
    }

    @Test
    void aStackWithoutHubsDnsOrBudgetEnablesOnlyWhatTheClusterNeeds() {
        Plan bare = Stacks.plan(Stacks.GCP);
        assertThat(bare.ofType(SERVICE)).extracting(s -> s.input("/service").asText())
                .doesNotContain("file.googleapis.com", "storage.googleapis.com", "dns.googleapis.com",
                        "billingbudgets.googleapis.com")
                .contains("container.googleapis.com");
    }

    @Test
    void theBudgetWatchesTheProjectAndMailsThroughNotificationChannels() {
        PlanResource budget = adopted.get("gcp:billing/budget:Budget", "test-budget");
        assertParent(adopted, budget, CloudAccount.TYPE, "test");
        assertThat(budget.input("/billingAccount").asText()).isEqualTo("012345-6789AB-CDEF01");
        assertThat(budget.input("/budgetFilter/projects/0").asText()).isEqualTo("projects/<stand-in:test-project.number>");
        assertThat(budget.input("/budgetFilter/calendarPeriod").asText()).isEqualTo("MONTH");
        JsonNode amount = budget.input("/amount/specifiedAmount");
        assertThat(amount.path("units").asText()).isEqualTo("1234");
        assertThat(amount.path("nanos").asInt()).isEqualTo(500_000_000);
        assertThat(amount.path("currencyCode").asText()).isEqualTo("EUR");
        assertThat(budget.input("/thresholdRules").toString()).isEqualTo("[{\"spendBasis\":\"CURRENT_SPEND\","
                + "\"thresholdPercent\":0.25},{\"spendBasis\":\"CURRENT_SPEND\",\"thresholdPercent\":0.75},"
                + "{\"spendBasis\":\"FORECASTED_SPEND\",\"thresholdPercent\":1}]");
        assertThat(budget.input("/allUpdatesRule/monitoringNotificationChannels").toString()).isEqualTo(
                "[\"<stand-in:test-budget-ops-at-example-org.name>\",\"<stand-in:test-budget-dean-at-example-edu.name>\"]");
        PlanResource channel = adopted.get("gcp:monitoring/notificationChannel:NotificationChannel",
                "test-budget-dean-at-example-edu");
        assertThat(channel.input("/type").asText()).isEqualTo("email");
        assertThat(channel.input("/labels/email_address").asText()).isEqualTo("dean@example.edu");
        // A created project's number is known from its creation: no lookup.
        assertThat(created.get("gcp:billing/budget:Budget", "test-budget").input("/budgetFilter/projects/0").asText())
                .isEqualTo("projects/<stand-in:test.number>");
        assertThat(created.invokes()).noneMatch(i -> i.token().equals("gcp:organizations/getProject:getProject"));
    }

    @Test
    void theBudgetApiQuotaIsChargedToTheProject() {
        PlanResource provider = adopted.get("pulumi:providers:gcp", "test");
        assertThat(provider.input("/billingProject").asText()).isEqualTo("test-project");
        assertThat(provider.input("/userProjectOverride").asText()).isEqualTo("true");
    }
}
