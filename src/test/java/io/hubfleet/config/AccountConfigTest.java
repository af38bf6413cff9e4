package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Adopting, creating and budgeting an account: what each cloud needs, refused precisely without it. */
class AccountConfigTest {

    private static final String AWS_ADOPTING = Stacks.GCP
            .replace("hubfleet:cloud: gcp", "hubfleet:cloud: aws")
            .replace("hubfleet:region: us-central1", "hubfleet:region: us-west-2")
            .replace("  hubfleet:zone: us-central1-b\n", "")
            .replace("\"1.33\"", "\"1.35\"");
    private static final String AZURE_ADOPTING = AWS_ADOPTING
            .replace("hubfleet:cloud: aws", "hubfleet:cloud: azure")
            .replace("hubfleet:region: us-west-2", "hubfleet:region: westeurope");
    /** With account ids of their cloud. */
    private static final String AWS = account(AWS_ADOPTING, "{id: \"123456789012\"}");
    private static final String AZURE = account(AZURE_ADOPTING, "{id: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}");

    private static String account(String stack, String account) {
        return stack.replace("hubfleet:account: {id: test-project}", "hubfleet:account: " + account);
    }

    private static String withBudget(String stack, String budget) {
        return stack + "  hubfleet:budget: " + budget + "\n";
    }

    @Test
    void adoptingIsTheDefault() {
        AccountConfig account = Stacks.read(Stacks.GCP).account();
        assertThat(account.creates()).isFalse();
        assertThat(account.id()).isEqualTo("test-project");
    }

    @Test
    void adoptingNeedsTheId() {
        assertThat(Stacks.report(account(Stacks.GCP, "{billingAccount: 012345-6789AB-CDEF01}"))).containsExactly(
                "hubfleet:account.id: missing: adopting an existing account needs its id. Allowed: a GCP project id: 6 to "
                        + "30 lowercase letters, digits and '-', starting with a letter; or account.create to create one.");
    }

    @Test
    void creatingAGcpProjectNeedsItsParentAndBillingAccount() {
        assertThat(Stacks.report(account(Stacks.GCP, "{id: new-project, create: {}}"))).containsExactly(
                "hubfleet:account.billingAccount: missing: a created GCP project must be linked to a billing account. "
                        + "Allowed: the billing account id, such as 012345-6789AB-CDEF01 (gcloud billing accounts list).",
                "hubfleet:account.create: missing the project's parent: creating a GCP project needs organizationId or "
                        + "folderId. Allowed: exactly one of organizationId (the numeric organisation id) or folderId "
                        + "(a numeric folder id).");
        assertThat(Stacks.problems(account(Stacks.GCP,
                "{id: new-project, billingAccount: 012345-6789AB-CDEF01, create: {organizationId: \"1\", folderId: \"2\"}}")))
                .extracting(ConfigProblem::problem)
                .containsExactly("organizationId and folderId are both given: a project has one parent");
        StackConfig created = Stacks.read(account(Stacks.GCP,
                "{id: new-project, billingAccount: 012345-6789AB-CDEF01, create: {folderId: \"123\"}}"));
        assertThat(created.account().creates()).isTrue();
        assertThat(created.account().create().folderId()).isEqualTo("123");
    }

    @Test
    void creatingAnAwsAccountNeedsItsEmailAndOrganisationalUnitAndNoId() {
        assertThat(Stacks.report(account(AWS_ADOPTING, "{id: \"123456789012\", create: {}}"))).containsExactly(
                "hubfleet:account.create.email: missing: creating an AWS member account needs its root e-mail address. "
                        + "Allowed: an address no other AWS account uses, such as aws-hubs@example.org.",
                "hubfleet:account.create.organizationalUnitId: missing: creating an AWS member account needs the "
                        + "organisational unit it joins. Allowed: an organisational unit id (ou-ab12-cdef3456) or the root "
                        + "id (r-ab12) of your organisation.",
                "hubfleet:account.id: is given, but AWS assigns the id of an account it creates. Allowed: no id with "
                        + "account.create; or remove account.create to adopt account 123456789012.");
        StackConfig created = Stacks.read(account(AWS_ADOPTING,
                "{create: {email: aws@example.org, organizationalUnitId: ou-ab12-cdef3456}}"));
        assertThat(created.account().create().accessRoleName()).isEqualTo("OrganizationAccountAccessRole");
    }

    @Test
    void creatingAnAzureSubscriptionNeedsItsBillingScope() {
        assertThat(Stacks.report(account(AZURE_ADOPTING, "{create: {workload: DevTest}}"))).containsExactly(
                "hubfleet:account.create.billingScope: missing: creating an Azure subscription needs the billing scope "
                        + "it is billed to. Allowed: a billing scope id such as /providers/Microsoft.Billing/"
                        + "billingAccounts/<account>/billingProfiles/<profile>/invoiceSections/<section> "
                        + "(az billing account list).");
    }

    @Test
    void anotherCloudsCreationKeysAreRefused() {
        assertThat(Stacks.report(account(AZURE_ADOPTING, "{create: {billingScope: /providers/Microsoft.Billing/billingAccounts/1,"
                + " email: a@example.org, accessRoleName: Admin}}"))).containsExactly(
                "hubfleet:account.create.accessRoleName: is not read on azure. Allowed: on azure, create takes "
                        + "billingScope, workload and displayName.",
                "hubfleet:account.create.email: is not read on azure. Allowed: on azure, create takes billingScope, "
                        + "workload and displayName.");
        assertThat(Stacks.problems(account(AWS_ADOPTING, "{id: \"123456789012\", billingAccount: 012345-6789AB-CDEF01}")))
                .extracting(p -> p.path().toString()).containsExactly("hubfleet:account.billingAccount");
    }

    @Test
    void budgetsDefaultToFiftyNinetyAndHundredTwentyPercentActualAndHundredForecast() {
        BudgetConfig budget = Stacks.read(withBudget(AWS, "{monthlyAmount: 1500, emails: [ops@example.org]}"))
                .budget().orElseThrow();
        assertThat(budget.thresholdsPercent()).containsExactly(50.0, 90.0, 120.0);
        assertThat(budget.forecastThresholdsPercent()).containsExactly(100.0);
    }

    @Test
    void aGcpBudgetNeedsTheBillingAccount() {
        assertThat(Stacks.problems(withBudget(Stacks.GCP, "{monthlyAmount: 1500, emails: [ops@example.org]}")))
                .extracting(ConfigProblem::render).containsExactly(
                        "hubfleet:account.billingAccount: missing: a GCP budget belongs to the project's billing "
                                + "account. Allowed: the billing account id, such as 012345-6789AB-CDEF01 "
                                + "(gcloud billing projects describe test-project).");
    }

    @Test
    void budgetCurrenciesAndAlertCountsAreTheClouds() {
        assertThat(Stacks.report(withBudget(AWS, "{monthlyAmount: 10, currency: EUR, emails: [ops@example.org]}")))
                .containsExactly("hubfleet:budget.currency: EUR is not a currency AWS Budgets accepts. Allowed: USD.");
        assertThat(Stacks.report(withBudget(AZURE, "{monthlyAmount: 10, currency: EUR, startMonth: \"2026-12\", emails: [ops@example.org]}")))
                .containsExactly("hubfleet:budget.currency: cannot be set on azure: Azure budgets are in the billing "
                        + "account's currency. Allowed: no currency on azure.");
        assertThat(Stacks.report(withBudget(AZURE,
                "{monthlyAmount: 10, startMonth: \"2026-12\", thresholdsPercent: [25, 50, 75, 100],"
                        + " forecastThresholdsPercent: [90, 110], emails: [ops@example.org]}"))).containsExactly(
                "hubfleet:budget: 6 alert thresholds (actual and forecast together), but a budget on azure has at most "
                        + "5 notifications. Allowed: at most 5 entries in thresholdsPercent and forecastThresholdsPercent "
                        + "together.");
    }

    @Test
    void budgetsNeedAnAmountAndSomeoneToTell() {
        List<String> paths = Stacks.problems(withBudget(AWS, "{monthlyAmount: 0, emails: []}")).stream()
                .map(p -> p.path().toString()).toList();
        assertThat(paths).containsExactlyInAnyOrder("hubfleet:budget.monthlyAmount", "hubfleet:budget.emails");
    }
}
