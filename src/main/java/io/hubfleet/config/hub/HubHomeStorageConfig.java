package io.hubfleet.config.hub;

import java.util.Optional;

/**
 * A hub's own home disk settings ({@code hubs[].homeStorage}), over the stack's {@code homeStorage}.
 * Only where homes are on disks (one per hub); each key defaults to the stack's.
 *
 * @param capacityGiB     this hub's disk size
 * @param perUserQuotaGiB this hub's per-user quota
 */
public record HubHomeStorageConfig(Integer capacityGiB, Integer perUserQuotaGiB) {

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacityGiB);
    }

    public Optional<Integer> quota() {
        return Optional.ofNullable(perUserQuotaGiB);
    }
}
