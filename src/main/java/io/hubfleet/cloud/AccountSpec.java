package io.hubfleet.cloud;

import io.hubfleet.config.AccountConfig;
import java.util.Optional;
import java.util.Set;

/**
 * The account an estate lives in, resolved once from the stack file ({@code CloudAccountArgs.spec()}):
 * what each cloud's account handle makes or adopts, and keeps for the levels below it.
 *
 * @param cloud      the cloud's name in {@code hubfleet:cloud} (messages)
 * @param stack      the stack (names, labels, tags)
 * @param region     the region
 * @param zone       the zone, where the cloud has one
 * @param account    adopted by id, or created
 * @param uses       what the account is used for (the APIs a GCP project enables)
 * @param namingSeed what globally unique names start from
 */
public record AccountSpec(String cloud, String stack, String region, Optional<String> zone, AccountConfig account,
                          Set<AccountUse> uses, String namingSeed) {

    public AccountSpec {
        uses = Set.copyOf(uses);
    }

    public boolean creates() {
        return account.creates();
    }

    public boolean uses(AccountUse use) {
        return uses.contains(use);
    }

    public String requireId() {
        return account.optionalId().orElseThrow(() -> new IllegalStateException(
                "the id of a created " + cloud + " account is known only once it exists"));
    }

    public String requireZone() {
        return zone.orElseThrow(() -> new IllegalArgumentException(
                "CloudAccountArgs.zone is required on " + cloud));
    }
}
