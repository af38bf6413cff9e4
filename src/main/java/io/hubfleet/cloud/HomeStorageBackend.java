package io.hubfleet.cloud;

import com.pulumi.resources.Resource;
import io.hubfleet.components.Filestore;
import io.hubfleet.components.FilestoreArgs;
import io.hubfleet.components.HubSite;

/**
 * Home storage, protected and retained, with scheduled backups: either the cloud's managed file service
 * on the cluster's network, shared by its hubs, or one hub's own block disk (which an in-cluster NFS
 * server serves).
 */
public interface HomeStorageBackend {

    /** A managed file service shared by the cluster's hubs. */
    ProvisionedHomeStorage provision(Filestore component, String name, FilestoreArgs.Managed args);

    /**
     * A hub's own disk and its snapshot schedule, made through the site's account provider in the zone the
     * cluster keeps home storage in.
     *
     * @param parent where the cloud resources go (the hub's {@link Filestore})
     */
    ProvisionedHomeDisk provisionDisk(Resource parent, String name, HomeDiskSpec spec, HubSite site);
}
