package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.insights.ActionGroup;
import com.pulumi.azurenative.insights.ActionGroupArgs;
import com.pulumi.azurenative.insights.Component;
import com.pulumi.azurenative.insights.ComponentArgs;
import com.pulumi.azurenative.insights.MetricAlert;
import com.pulumi.azurenative.insights.MetricAlertArgs;
import com.pulumi.azurenative.insights.WebTest;
import com.pulumi.azurenative.insights.WebTestArgs;
import com.pulumi.azurenative.insights.enums.WebTestKind;
import com.pulumi.azurenative.insights.inputs.EmailReceiverArgs;
import com.pulumi.azurenative.insights.inputs.MetricAlertActionArgs;
import com.pulumi.azurenative.insights.inputs.WebTestGeolocationArgs;
import com.pulumi.azurenative.insights.inputs.WebTestPropertiesRequestArgs;
import com.pulumi.azurenative.insights.inputs.WebTestPropertiesValidationRulesArgs;
import com.pulumi.azurenative.insights.inputs.WebtestLocationAvailabilityCriteriaArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudAlertsSpec;
import io.hubfleet.cloud.CloudNames;

import java.util.List;
import java.util.Map;

/**
 * Application Insights standard availability tests of the hubs' domains (the URL ping test they replace
 * is retired on 30 September 2026; the SDK's default kind is still Ping, so the kind is always given, both
 * the resource's {@code kind} and {@code properties.Kind}: in Microsoft.Insights/webtests@2022-06-15, the API
 * version azure-native 2.10.0's unversioned WebTest uses (the newest of its versioned aliases), both accept
 * 'multistep' | 'ping' | 'standard' — Azure/bicep-types-az generated/applicationinsights/microsoft.insights/
 * 2022-06-15/types.md; the older 2020-10-05-preview accepted only ping and multistep at the resource level),
 * from 5 locations, each with a metric alert that fires when 3 locations fail (Azure's rule: locations
 * minus 2), e-mailing the operators through an action group. Application Insights is
 * workspace-based (classic resources were retired in February 2024), so a small Log Analytics workspace
 * holds the test results.
 */
final class AzureCloudAlertsBackend {

    /**
     * Five locations, Azure's recommended minimum, over three continents: East US, West US, West Europe, North
     * Europe, Southeast Asia, by their ids in "Location population tags" (learn.microsoft.com/azure/azure-monitor/
     * app/availability, azure-docs articles/azure-monitor/app/availability.md).
     */
    static final List<String> LOCATIONS = List.of("us-va-ash-azr", "us-ca-sjc-azr", "emea-nl-ams-azr",
            "emea-gb-db3-azr", "apac-sg-sin-azr");
    /** Azure's rule of thumb for the alert: the number of locations minus 2. */
    static final int FAILED_LOCATIONS = LOCATIONS.size() - 2;
    public void create(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account,
                       AksHubHost aks) {
        CustomResourceOptions inAccount = ChildOptions.in(component, account);
        Workspace workspace = new Workspace(name + "-logs", WorkspaceArgs.builder()
                .resourceGroupName(aks.resourceGroup())
                .location(aks.location())
                .workspaceName(CloudNames.fit("hubfleet-" + spec.stack() + "-alerts", 63))
                .sku(WorkspaceSkuArgs.builder().name("PerGB2018").build())
                .retentionInDays(30)
                .build(), inAccount);
        Component insights = new Component(name + "-insights", ComponentArgs.builder()
                .resourceGroupName(aks.resourceGroup())
                .location(aks.location())
                .resourceName(CloudNames.fit("hubfleet-" + spec.stack() + "-uptime", 255))
                .kind("web")
                .applicationType("web")
                .ingestionMode("LogAnalytics")
                .workspaceResourceId(workspace.id())
                .build(), inAccount);
        ActionGroup contacts = new ActionGroup(name + "-contacts", ActionGroupArgs.builder()
                .resourceGroupName(aks.resourceGroup())
                .actionGroupName(CloudNames.fit("hubfleet-" + spec.stack(), 260))
                // At most 12 characters: it starts the e-mails' subjects.
                .groupShortName(CloudNames.fit("hf-" + spec.stack(), 12))
                .location("Global")
                .enabled(true)
                .emailReceivers(spec.emails().stream().map(email -> EmailReceiverArgs.builder()
                        .name(email).emailAddress(email).useCommonAlertSchema(true).build()).toList())
                .build(), inAccount);
        for (CloudAlertsSpec.UptimeCheck check : spec.checks()) {
            String testName = CloudNames.fit("hubfleet-" + spec.stack() + "-" + check.hub(), 255);
            WebTest test = new WebTest(name + "-" + check.hub(), WebTestArgs.builder()
                    .resourceGroupName(aks.resourceGroup())
                    .location(aks.location())
                    .webTestName(testName)
                    .syntheticMonitorId(testName)
                    .kind(WebTestKind.Standard)
                    .webTestKind(WebTestKind.Standard)
                    .description("The hub " + check.hub() + " of the stack " + spec.stack())
                    .enabled(true)
                    .frequency(spec.periodSeconds())
                    .timeout(30)
                    .retryEnabled(true)
                    .locations(LOCATIONS.stream().map(l -> WebTestGeolocationArgs.builder().location(l).build()).toList())
                    .request(WebTestPropertiesRequestArgs.builder()
                            .requestUrl(check.url())
                            .httpVerb("GET")
                            .parseDependentRequests(false)
                            .build())
                    .validationRules(WebTestPropertiesValidationRulesArgs.builder()
                            .expectedHttpStatusCode(200)
                            .sSLCheck(true)
                            // The in-cluster alert says the same at 14 days (docs/alerts.md).
                            .sSLCertRemainingLifetimeCheck(7)
                            .build())
                    // Azure ties a test to its Application Insights resource by this tag alone.
                    .tags(insights.id().applyValue(id -> Map.of("hidden-link:" + id, "Resource")))
                    .build(), inAccount);
            new MetricAlert(name + "-" + check.hub() + "-down", MetricAlertArgs.builder()
                    .resourceGroupName(aks.resourceGroup())
                    .ruleName(CloudNames.fit("hubfleet-" + spec.stack() + "-" + check.hub() + "-down", 260))
                    .description("The hub " + check.hub() + " of the stack " + spec.stack() + " does not answer "
                            + check.url() + " from outside. See docs/alerts.md (\"Hub down\").")
                    .location("global")
                    .severity(1)
                    .enabled(true)
                    .scopes(Output.all(test.id(), insights.id()))
                    .evaluationFrequency("PT1M")
                    .windowSize("PT5M")
                    .criteria(WebtestLocationAvailabilityCriteriaArgs.builder()
                            .odataType("Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria")
                            .webTestId(test.id())
                            .componentId(insights.id())
                            .failedLocationCount((double) FAILED_LOCATIONS)
                            .build())
                    .actions(MetricAlertActionArgs.builder().actionGroupId(contacts.id()).build())
                    .build(), inAccount);
        }
    }
}
