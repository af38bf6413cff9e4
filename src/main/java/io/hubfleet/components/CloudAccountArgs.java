package io.hubfleet.components;

import io.hubfleet.cloud.AccountSpec;
import io.hubfleet.cloud.AccountUse;
import io.hubfleet.config.AccountConfig;
import io.hubfleet.config.BudgetConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Arguments of {@link CloudAccount}.
 *
 * @param cloud   which cloud (required)
 * @param stack   the stack name, for tags/labels on every resource and default names (required)
 * @param region  the region every regional resource lives in (required)
 * @param zone    where single-zone resources live; required on GCP, optional elsewhere
 * @param account adopt an account by id (the default) or create one (required)
 * @param budget  a monthly budget with alerts. Default: none
 * @param uses    what the estate uses the account for. Default: {@link AccountUse#KUBERNETES} only
 */
public record CloudAccountArgs(Cloud cloud, String stack, String region, Optional<String> zone,
                               AccountConfig account, Optional<BudgetConfig> budget, Set<AccountUse> uses) {

    public CloudAccountArgs {
        Objects.requireNonNull(cloud, "CloudAccountArgs.cloud is required");
        Objects.requireNonNull(stack, "CloudAccountArgs.stack is required");
        Objects.requireNonNull(region, "CloudAccountArgs.region is required");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(account, "CloudAccountArgs.account is required");
        Objects.requireNonNull(budget, "budget");
        EnumSet<AccountUse> all = EnumSet.of(AccountUse.KUBERNETES);
        all.addAll(uses);
        budget.ifPresent(b -> all.add(AccountUse.BUDGET));
        uses = Set.copyOf(all);
        if (!account.creates() && account.id() == null) {
            throw new IllegalArgumentException("CloudAccountArgs.account: an adopted account needs its id");
        }
    }

    /** An adopted account with no budget: what a test or a small program needs. */
    public static CloudAccountArgs adopt(Cloud cloud, String stack, String region, Optional<String> zone, String id) {
        return new CloudAccountArgs(cloud, stack, region, zone, AccountConfig.adopt(id), Optional.empty(), Set.of());
    }

    public static CloudAccountArgs of(StackConfig config) {
        return of(config, config.budget());
    }

    /** The stack's account with its budget as the program resolved it (its start month recorded). */
    public static CloudAccountArgs of(StackConfig config, Optional<BudgetConfig> budget) {
        EnumSet<AccountUse> uses = EnumSet.noneOf(AccountUse.class);
        if (config.ingress().isPresent()) {
            uses.add(AccountUse.BUCKETS);
            if (config.homeStorage().disks()) {
                uses.add(AccountUse.HOME_DISKS);
            } else {
                uses.add(AccountUse.HOME_STORAGE);
                if (config.homeStorage().backups().enabled()) {
                    uses.add(AccountUse.HOME_BACKUPS);
                }
            }
        }
        config.dns().ifPresent(dns -> uses.add(AccountUse.DNS));
        return new CloudAccountArgs(config.cloud(), config.stack(), config.region(), config.zone(),
                config.account(), budget, uses);
    }

    public boolean creates() {
        return account.creates();
    }

    public boolean uses(AccountUse use) {
        return uses.contains(use);
    }

    /**
     * The account's id where the program knows it: always on GCP (a created project's id is chosen),
     * and when adopting elsewhere. Clouds that assign ids read {@code CloudAccount.accountId()} instead.
     */
    public String requireId() {
        return account.optionalId().orElseThrow(() -> new IllegalStateException(
                "the id of a created " + cloud.configName() + " account is known only once it exists"));
    }

    /**
     * What globally unique names (buckets, storage accounts) start from: the account id, or for an
     * account the cloud numbers when hubfleet creates it, a hash of what identifies it (its root e-mail
     * address or billing scope) and the stack. It never changes for a stack, so neither do the names.
     */
    public String namingSeed() {
        return account.optionalId().orElseGet(() -> {
            var create = account.create();
            String identity = create.optionalEmail().or(create::optionalBillingScope).orElse("");
            return "hf" + io.hubfleet.cloud.CloudNames.shortHash(cloud.configName() + "/" + identity + "/" + stack);
        });
    }

    /** The zone, or a clear failure where a cloud needs one and none was given. */
    public String requireZone() {
        return zone.orElseThrow(() -> new IllegalArgumentException(
                "CloudAccountArgs.zone is required on " + cloud.configName()));
    }

    /** What the cloud's account handle makes or adopts. */
    public AccountSpec spec() {
        return new AccountSpec(cloud.configName(), stack, region, zone, account.optionalId(),
                account.optionalBillingAccount(), account.creation().map(create -> CloudSpecs.creation(create, stack)),
                uses, namingSeed());
    }
}
