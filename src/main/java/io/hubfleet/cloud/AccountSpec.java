package io.hubfleet.cloud;

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
 * @param id         the project, account or subscription id: given when adopting, and on GCP when creating
 *                   (the new project's id); absent where the cloud assigns a created account's id
 * @param billingAccount GCP: the billing account a created project is linked to and a budget is set on
 * @param creation   how the account is created; absent when it is adopted
 * @param uses       what the account is used for (the APIs a GCP project enables)
 * @param namingSeed what globally unique names start from
 */
public record AccountSpec(String cloud, String stack, String region, Optional<String> zone, Optional<String> id,
                          Optional<String> billingAccount, Optional<AccountCreation> creation,
                          Set<AccountUse> uses, String namingSeed) {

    public AccountSpec {
        uses = Set.copyOf(uses);
    }

    public boolean creates() {
        return creation.isPresent();
    }

    public boolean uses(AccountUse use) {
        return uses.contains(use);
    }

    public String requireId() {
        return id.orElseThrow(() -> new IllegalStateException(
                "the id of a created " + cloud + " account is known only once it exists"));
    }

    public String requireZone() {
        return zone.orElseThrow(() -> new IllegalArgumentException(
                "CloudAccountArgs.zone is required on " + cloud));
    }
}
