package io.hubfleet.config.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One JupyterHub of the stack.
 *
 * @param name             DNS-1123 label; also the hub's namespace and its home directory's name
 * @param domain           where users reach it, over HTTPS
 * @param auth             login
 * @param image            the user image, pinned
 * @param defaultResources each server's CPU and memory; defaults in {@link ResourcesConfig}
 * @param profiles         declared server options, or null to generate them from the user pools
 * @param culling          idle servers; defaults in {@link CullingConfig}
 * @param userPlaceholders servers' worth of room kept warm; default 0
 * @param scratchBucket    defaults in {@link ScratchBucketConfig}
 * @param persistentBucket default none
 * @param dask             default off
 * @param homeStorage      this hub's home disk over the stack's {@code homeStorage} (disk homes only);
 *                         default: the stack's settings
 * @param sharedDirectories group directories of the hub's home storage; default none
 * @param adminsReadHomes  admins' servers mount the hub's homes read-only; default false
 * @param prePullImages    z2jh's continuous image puller on user nodes; null (the default) decides by the
 *                         cluster's user pools: on when every one is always up (on-demand, min ≥ 1), else off
 *                         ({@link #prePullImagesOn})
 * @param values           raw jupyterhub chart values, merged last; default none
 * @param secretEnv        secrets the hub's own configuration reads from its environment (raw values'
 *                         way to a secret: a Kubernetes Secret the hub pod's env reads, never a plain
 *                         Helm value); default none
 * @param environment      what users find on the hub and in their servers; defaults in {@link EnvironmentConfig}
 * @param events           windows when many users arrive at once, room made ahead of each; default none
 * @param dataAccess       buckets and storage accounts the hub does not own, granted to its identity; default none
 */
public record HubConfig(
        String name,
        String domain,
        AuthConfig auth,
        ImageConfig image,
        ResourcesConfig defaultResources,
        List<ProfileConfig> profiles,
        CullingConfig culling,
        Integer userPlaceholders,
        ScratchBucketConfig scratchBucket,
        PersistentBucketConfig persistentBucket,
        DaskConfig dask,
        ObjectNode values,
        HubHomeStorageConfig homeStorage,
        java.util.Map<String, io.hubfleet.config.portable.SecretValue> secretEnv,
        List<SharedDirectoryConfig> sharedDirectories,
        Boolean adminsReadHomes,
        Boolean prePullImages,
        EnvironmentConfig environment,
        List<EventConfig> events,
        List<DataAccessConfig> dataAccess) {

    public HubConfig {
        defaultResources = defaultResources == null ? ResourcesConfig.defaults() : defaultResources;
        profiles = profiles == null ? null : List.copyOf(profiles);
        culling = culling == null ? CullingConfig.defaults() : culling;
        userPlaceholders = userPlaceholders == null ? 0 : userPlaceholders;
        scratchBucket = scratchBucket == null ? ScratchBucketConfig.defaults() : scratchBucket;
        persistentBucket = persistentBucket == null ? PersistentBucketConfig.defaults() : persistentBucket;
        dask = dask == null ? DaskConfig.defaults() : dask;
        values = values == null ? null : values.deepCopy();
        sharedDirectories = sharedDirectories == null ? List.of() : List.copyOf(sharedDirectories);
        adminsReadHomes = adminsReadHomes != null && adminsReadHomes;
        secretEnv = secretEnv == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(secretEnv));
        environment = environment == null ? EnvironmentConfig.defaults() : environment;
        events = events == null ? List.of() : List.copyOf(events);
        dataAccess = dataAccess == null ? List.of() : List.copyOf(dataAccess);
    }

    /**
     * Whether z2jh's continuous image puller runs for this hub. It pulls every image on each user node as it
     * joins: it pays where nodes stay (on-demand, min ≥ 1), and only costs where they are spot or scale from
     * zero, where a user's server start waits for the same pull either way. Unset, it is on exactly when every
     * user pool of the cluster (the puller's DaemonSet runs on all of them) is always up.
     */
    public boolean prePullImagesOn(java.util.Collection<Boolean> userPoolsAlwaysUp) {
        if (prePullImages != null) {
            return prePullImages;
        }
        return !userPoolsAlwaysUp.isEmpty() && userPoolsAlwaysUp.stream().allMatch(Boolean::booleanValue);
    }

    /**
     * The same hub under another name on its cluster: its namespace, release, home directory and cloud
     * identity take the name; its domain and config do not change.
     */
    public HubConfig withName(String newName) {
        return new HubConfig(newName, domain, auth, image, defaultResources, profiles, culling, userPlaceholders,
                scratchBucket, persistentBucket, dask, values, homeStorage, secretEnv, sharedDirectories, adminsReadHomes,
                prePullImages, environment, events, dataAccess);
    }

    /** This hub's home disk overrides, when it has any. */
    public java.util.Optional<HubHomeStorageConfig> homeStorageOverrides() {
        return java.util.Optional.ofNullable(homeStorage);
    }

    /** True when profiles come from the cluster's user pools. */
    public boolean generatedProfiles() {
        return profiles == null;
    }

    public String callbackUrl() {
        return "https://" + domain + "/hub/oauth_callback";
    }
}
