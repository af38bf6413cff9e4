package io.hubfleet.cloud;

/**
 * What the estate uses its account for. A cloud turns these into what the account must have switched
 * on before anything is built in it (on GCP: the APIs it enables).
 */
public enum AccountUse {
    /** The cluster, its network and node pools: always. */
    KUBERNETES,
    /** Home storage on the cloud's managed file service. */
    HOME_STORAGE,
    /** Scheduled backups of that managed file service. */
    HOME_BACKUPS,
    /** Home storage on block disks, one per hub, with scheduled snapshots. */
    HOME_DISKS,
    /** Object storage buckets for the hubs. */
    BUCKETS,
    /** Records in the community's DNS zone. */
    DNS,
    /** A budget with e-mail alerts. */
    BUDGET
}
