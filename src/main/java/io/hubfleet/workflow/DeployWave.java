package io.hubfleet.workflow;

import java.util.Locale;

/**
 * The waves a deploy runs in, in order; each starts only when every earlier one succeeded. Staging
 * stacks go before the others (a canary catches what the plan could not), and within a stage cluster
 * stacks go before hub-only stacks: a hub-only stack reads its cluster stack's outputs (kubeconfig, pools,
 * Gateway), so it deploys against the cluster as it will be, not as it was.
 */
public enum DeployWave {
    STAGING_CLUSTERS,
    STAGING_HUBS,
    PRODUCTION_CLUSTERS,
    PRODUCTION_HUBS;

    /** Its name in the deploy workflow's outputs: {@code staging-clusters}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static DeployWave of(boolean staging, boolean hubOnly) {
        return staging ? (hubOnly ? STAGING_HUBS : STAGING_CLUSTERS) : (hubOnly ? PRODUCTION_HUBS : PRODUCTION_CLUSTERS);
    }

    /** The first hub wave after this one. */
    DeployWave hubsAfter() {
        return ordinal() < STAGING_HUBS.ordinal() ? STAGING_HUBS : PRODUCTION_HUBS;
    }
}
