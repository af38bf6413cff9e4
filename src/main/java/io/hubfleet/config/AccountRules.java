package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The account is adopted by id, or created from the identifiers its cloud needs; the budget can be set
 * on it. Each cloud's creation keys are refused on the other clouds, so a half-translated stack file
 * does not plan as something else.
 */
final class AccountRules implements StackRule {

    /** GCP project names: 4 to 30 letters, digits, spaces and - ' " ! characters. */
    /** AWS Budgets and Azure Cost Management allow five notifications per budget. */
    private static final int MAX_NOTIFICATIONS = 5;

    private static final Pattern GCP_PROJECT_NAME = Pattern.compile("^[A-Za-z0-9 '\"!-]{4,30}$");

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.cloud().isEmpty() || config.account().isEmpty()) {
            return problems;
        }
        Cloud cloud = config.cloud().get();
        AccountConfig account = config.account().get();
        CloudConventions conventions = CloudConventions.of(cloud);
        ConfigPath at = BoundConfig.ACCOUNT;

        account.optionalId().ifPresent(id -> {
            if (!conventions.isAccountId(id)) {
                problems.add(ConfigProblem.of(at.child("id"),
                        "\"" + id + "\" is not an account id of " + cloud.configName(), conventions.accountIdAllowed()));
            }
        });
        if (account.billingAccount() != null && cloud != Cloud.GCP) {
            problems.add(ConfigProblem.of(at.child("billingAccount"), "is a GCP setting, not read on "
                    + cloud.configName(), "no billingAccount on " + cloud.configName() + ": "
                    + (cloud == Cloud.AWS ? "an AWS account is billed through its organisation"
                    : "an Azure subscription is billed through create.billingScope")));
        }
        if (account.creation().isEmpty()) {
            if (account.id() == null) {
                problems.add(ConfigProblem.of(at.child("id"), "missing: adopting an existing account needs its id",
                        conventions.accountIdAllowed() + "; or account.create to create one"));
            }
        } else {
            problems.addAll(creation(cloud, account, at));
        }
        config.budget().ifPresent(budget -> problems.addAll(budget(cloud, account, budget)));
        return problems;
    }

    private static List<ConfigProblem> creation(Cloud cloud, AccountConfig account, ConfigPath at) {
        List<ConfigProblem> problems = new ArrayList<>();
        AccountCreationConfig create = account.create();
        ConfigPath createAt = at.child("create");
        Map<String, Object> foreign = new LinkedHashMap<>();
        switch (cloud) {
            case GCP -> {
                foreign.put("email", create.email());
                foreign.put("organizationalUnitId", create.organizationalUnitId());
                foreign.put("billingScope", create.billingScope());
                if (account.id() == null) {
                    problems.add(ConfigProblem.of(at.child("id"), "missing: creating a GCP project needs its id",
                            CloudConventions.GCP.accountIdAllowed() + ", unused anywhere in GCP"));
                }
                boolean organization = create.organizationId() != null;
                boolean folder = create.folderId() != null;
                if (organization == folder) {
                    problems.add(ConfigProblem.of(createAt, organization
                                    ? "organizationId and folderId are both given: a project has one parent"
                                    : "missing the project's parent: creating a GCP project needs organizationId or folderId",
                            "exactly one of organizationId (the numeric organisation id) or folderId (a numeric folder id)"));
                }
                if (account.billingAccount() == null) {
                    problems.add(ConfigProblem.of(at.child("billingAccount"),
                            "missing: a created GCP project must be linked to a billing account",
                            "the billing account id, such as 012345-6789AB-CDEF01 (gcloud billing accounts list)"));
                }
                create.optionalDisplayName().filter(name -> !GCP_PROJECT_NAME.matcher(name).matches())
                        .ifPresent(name -> problems.add(ConfigProblem.of(createAt.child("displayName"),
                                "\"" + name + "\" is not a GCP project name",
                                "4 to 30 letters, digits, spaces, hyphens, quotes and exclamation marks")));
            }
            case AWS -> {
                foreign.put("organizationId", create.organizationId());
                foreign.put("folderId", create.folderId());
                foreign.put("billingScope", create.billingScope());
                if (account.id() != null) {
                    problems.add(ConfigProblem.of(at.child("id"),
                            "is given, but AWS assigns the id of an account it creates",
                            "no id with account.create; or remove account.create to adopt account " + account.id()));
                }
                if (create.email() == null) {
                    problems.add(ConfigProblem.of(createAt.child("email"),
                            "missing: creating an AWS member account needs its root e-mail address",
                            "an address no other AWS account uses, such as aws-hubs@example.org"));
                }
                if (create.organizationalUnitId() == null) {
                    problems.add(ConfigProblem.of(createAt.child("organizationalUnitId"),
                            "missing: creating an AWS member account needs the organisational unit it joins",
                            "an organisational unit id (ou-ab12-cdef3456) or the root id (r-ab12) of your organisation"));
                }
            }
            case AZURE -> {
                foreign.put("organizationId", create.organizationId());
                foreign.put("folderId", create.folderId());
                foreign.put("email", create.email());
                foreign.put("organizationalUnitId", create.organizationalUnitId());
                if (account.id() != null) {
                    problems.add(ConfigProblem.of(at.child("id"),
                            "is given, but Azure assigns the id of a subscription it creates",
                            "no id with account.create; or remove account.create to adopt subscription " + account.id()));
                }
                if (create.billingScope() == null) {
                    problems.add(ConfigProblem.of(createAt.child("billingScope"),
                            "missing: creating an Azure subscription needs the billing scope it is billed to",
                            "a billing scope id such as /providers/Microsoft.Billing/billingAccounts/<account>/"
                                    + "billingProfiles/<profile>/invoiceSections/<section> (az billing account list)"));
                }
            }
        }
        if (cloud != Cloud.AWS && !AccountCreationConfig.DEFAULT_ACCESS_ROLE.equals(create.accessRoleName())) {
            foreign.put("accessRoleName", create.accessRoleName());
        }
        if (cloud != Cloud.AZURE && !"Production".equals(create.workload())) {
            foreign.put("workload", create.workload());
        }
        foreign.forEach((key, value) -> {
            if (value != null) {
                problems.add(ConfigProblem.of(createAt.child(key), "is not read on " + cloud.configName(),
                        creationKeys(cloud)));
            }
        });
        return problems;
    }

    private static String creationKeys(Cloud cloud) {
        return switch (cloud) {
            case GCP -> "on gcp, create takes organizationId or folderId, and displayName";
            case AWS -> "on aws, create takes email, organizationalUnitId, accessRoleName and displayName";
            case AZURE -> "on azure, create takes billingScope, workload and displayName";
        };
    }

    private static List<ConfigProblem> budget(Cloud cloud, AccountConfig account, BudgetConfig budget) {
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigPath at = BoundConfig.BUDGET;
        Optional<String> currency = budget.optionalCurrency();
        switch (cloud) {
            case GCP -> {
                budget.optionalStartMonth().ifPresent(month -> problems.add(ConfigProblem.of(at.child("startMonth"),
                        "is not read on gcp: Cloud Billing budgets run by calendar month", "no startMonth on gcp")));
                if (account.billingAccount() == null) {
                    problems.add(ConfigProblem.of(BoundConfig.ACCOUNT.child("billingAccount"),
                            "missing: a GCP budget belongs to the project's billing account",
                            "the billing account id, such as 012345-6789AB-CDEF01 (gcloud billing projects describe "
                                    + account.optionalId().orElse("<project>") + ")"));
                }
            }
            case AWS -> currency.filter(c -> !c.equals("USD")).ifPresent(c -> problems.add(ConfigProblem.of(
                    at.child("currency"), c + " is not a currency AWS Budgets accepts", "USD")));
            case AZURE -> {
                currency.ifPresent(c -> problems.add(ConfigProblem.of(at.child("currency"),
                        "cannot be set on azure: Azure budgets are in the billing account's currency",
                        "no currency on azure")));
            }
        }
        int alerts = budget.thresholdsPercent().size() + budget.forecastThresholdsPercent().size();
        if (cloud != Cloud.GCP && alerts > MAX_NOTIFICATIONS) {
            problems.add(ConfigProblem.of(at, alerts + " alert thresholds (actual and forecast together), but a budget on "
                            + cloud.configName() + " has at most " + MAX_NOTIFICATIONS + " notifications",
                    "at most " + MAX_NOTIFICATIONS + " entries in thresholdsPercent and forecastThresholdsPercent together"));
        }
        return problems;
    }
}
