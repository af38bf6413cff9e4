package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.config.portable.Cloud;

import javax.annotation.Nullable;
import java.util.Map;

/**
 * The cloud account a community's estate lives in: a GCP project, an AWS account or an Azure
 * subscription, adopted by id or created (under an organisation, an organisational unit or a billing
 * scope); the provider scoped to it; and its monthly budget. Every other resource of the stack is
 * created through {@link #provider()}, so nothing lands in the operator's own account by accident.
 *
 * <p>Removal policy: a created account (project, member account, subscription alias) is protected and
 * retained; deleting the stack never deletes or closes it.
 */
public final class CloudAccount extends ComponentResource {

    public static final String TYPE = "hubfleet:index:CloudAccount";

    private final CloudAccountArgs args;
    private final CloudPlatform platform;
    private final AccountHandle provisioned;

    public CloudAccount(String name, CloudAccountArgs args) {
        this(name, args, null);
    }

    public CloudAccount(String name, CloudAccountArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.args = args;
        this.platform = CloudPlatforms.of(args.cloud());
        this.provisioned = platform.account(this, name, args.spec());
        args.budget().ifPresent(budget -> provisioned.budget(this, name, CloudSpecs.budget(budget)));
        registerOutputs(Map.of(
                "accountId", provisioned.accountId(),
                "created", Output.of(args.creates()),
                "monthlyBudget", Output.of(args.budget().map(b -> BudgetAlerts.amountText(b.monthlyAmount())
                        + b.optionalCurrency().map(c -> " " + c).orElse("")).orElse("none"))));
    }

    public Cloud cloud() {
        return args.cloud();
    }

    public CloudPlatform platform() {
        return platform;
    }

    public ProviderResource provider() {
        return provisioned.provider();
    }

    public Output<String> accountId() {
        return provisioned.accountId();
    }

    public CloudAccountArgs args() {
        return args;
    }

    /** The cloud's handle of the account: it builds the cluster. */
    public AccountHandle provisioned() {
        return provisioned;
    }
}
