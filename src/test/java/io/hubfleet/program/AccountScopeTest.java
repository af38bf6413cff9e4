package io.hubfleet.program;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanInvoke;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lands in the operator's own account by accident: across every resource of whole plans (the
 * examples, and each cloud adopting and creating its account), every cloud resource is made through
 * the account's provider, except the account itself, made through the bootstrap provider; every
 * Kubernetes object through the cluster's provider; and no resource or lookup uses a default provider.
 */
class AccountScopeTest {

    private static final String BUDGET = "  hubfleet:budget: {monthlyAmount: 900, emails: [ops@example.org]}";
    private static final String AZURE_BUDGET = "  hubfleet:budget: {monthlyAmount: 900, startMonth: \"2026-12\", "
            + "emails: [ops@example.org]}";
    private static final String DNS_GCP = "  hubfleet:dns: {zone: example.org, managedZone: example}";

    /** Resource types made before the account exists, through the operator's organisation rights. */
    private static final Set<String> BOOTSTRAP_TYPES = Set.of(
            "gcp:organizations/project:Project",
            "gcp:projects/service:Service",
            "aws:organizations/account:Account",
            "azure-native:subscription:Alias");

    private static Map<String, Plan> plans;

    static synchronized Map<String, Plan> plans() {
        if (plans != null) {
            return plans;
        }
        plans = new LinkedHashMap<>();
        for (String example : List.of("demo-gcp", "demo-aws", "demo-azure")) {
            plans.put(example, Stacks.example(example));
        }
        plans.put("gcp adopting", Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.GCP_WITH_HUB,
                "{id: test-project, billingAccount: 012345-6789AB-CDEF01}"), BUDGET + "\n" + DNS_GCP)));
        plans.put("gcp creating", Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.GCP_WITH_HUB,
                "{id: new-project, billingAccount: 012345-6789AB-CDEF01, create: {organizationId: \"42\"}}"), BUDGET)));
        plans.put("aws adopting", Stacks.plan(Stacks.with(Stacks.AWS_WITH_HUB, BUDGET)));
        plans.put("aws creating", Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.AWS_WITH_HUB,
                "{create: {email: aws@example.org, organizationalUnitId: ou-ab12-cdef3456}}"), BUDGET)));
        plans.put("azure adopting", Stacks.plan(Stacks.with(Stacks.AZURE_WITH_HUB, AZURE_BUDGET)));
        plans.put("azure creating", Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.AZURE_WITH_HUB,
                "{create: {billingScope: /providers/Microsoft.Billing/billingAccounts/1/enrollmentAccounts/2}}"), AZURE_BUDGET)));
        return plans;
    }

    private static String cloudPackage(String type) {
        return type.substring(0, type.indexOf(':'));
    }

    @Test
    void everyResourceOfEveryPlanIsMadeThroughTheProviderOfItsScope() {
        plans().forEach((label, plan) -> {
            PlanResource account = plan.ofType("hubfleet:index:CloudAccount").get(0);
            List<PlanResource> providers = plan.childrenOf(account.urn()).stream()
                    .filter(r -> r.type().startsWith("pulumi:providers:")).toList();
            PlanResource accountProvider = providers.stream().filter(p -> p.name().equals(account.name()))
                    .findFirst().orElseThrow(() -> new AssertionError(label + ": no account provider"));
            Set<String> kubernetesProviders = Set.copyOf(plan.ofType("pulumi:providers:kubernetes").stream()
                    .filter(p -> plan.parentOf(p).orElseThrow().type().equals("hubfleet:index:Cluster"))
                    .map(PlanResource::urn).toList());
            assertThat(kubernetesProviders).as(label).hasSize(1);

            int checked = 0;
            for (PlanResource resource : plan.resources()) {
                // A stack reference reads a stack through Pulumi itself: no cloud, no provider.
                if (!resource.custom() || resource.type().startsWith("pulumi:providers:")
                        || resource.type().equals("pulumi:pulumi:StackReference")) {
                    continue;
                }
                checked++;
                String what = label + ": " + resource.type() + " " + resource.name();
                assertThat(resource.provider()).as(what + " uses a default provider").isNotNull();
                String pkg = cloudPackage(resource.type());
                if (pkg.equals("kubernetes")) {
                    assertThat(kubernetesProviders).as(what).contains(resource.provider());
                } else if (BOOTSTRAP_TYPES.contains(resource.type())) {
                    PlanResource bootstrap = plan.byUrn(resource.provider()).orElseThrow();
                    assertThat(bootstrap.name()).as(what).isNotEqualTo(account.name()).startsWith(account.name() + "-");
                    assertThat(plan.parentOf(bootstrap).orElseThrow().urn()).as(what).isEqualTo(account.urn());
                } else if (!resource.provider().equals(accountProvider.urn())) {
                    // The same account in another region (Route 53's health-check metrics are in us-east-1).
                    PlanResource regional = plan.byUrn(resource.provider()).orElseThrow();
                    assertThat(regional.type()).as(what).isEqualTo(accountProvider.type());
                    assertThat(regional.input("/region").asText()).as(what).isNotEqualTo(accountProvider.input("/region").asText());
                    for (String pin : List.of("/allowedAccountIds", "/assumeRole", "/defaultTags")) {
                        assertThat(regional.input(pin)).as(what + " " + pin).isEqualTo(accountProvider.input(pin));
                    }
                    assertThat(pkg).as(what).isEqualTo("aws");
                } else {
                    assertThat(resource.provider()).as(what).isEqualTo(accountProvider.urn());
                    assertThat(pkg).as(what).isEqualTo(cloudPackage(accountProvider.type().substring("pulumi:providers:".length()) + ":"));
                }
            }
            assertThat(checked).as(label + ": resources checked").isGreaterThan(30);
            for (PlanInvoke invoke : plan.invokes()) {
                assertThat(invoke.provider()).as(label + ": lookup " + invoke.token()).isEqualTo(accountProvider.urn());
            }
        });
    }

    @Test
    void theAccountProviderIsPinnedToTheAccount() {
        PlanResource gcp = plans().get("gcp creating").get("pulumi:providers:gcp", "test");
        assertThat(gcp.input("/project").asText()).isEqualTo("new-project");
        PlanResource aws = plans().get("aws adopting").get("pulumi:providers:aws", "test");
        // Providers take list settings as JSON text.
        assertThat(aws.input("/allowedAccountIds").asText()).isEqualTo("[\"123456789012\"]");
        PlanResource azure = plans().get("azure adopting").get("pulumi:providers:azure-native", "test");
        assertThat(azure.input("/subscriptionId").asText()).isEqualTo("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    }
}
