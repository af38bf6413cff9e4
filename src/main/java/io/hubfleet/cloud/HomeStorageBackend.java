package io.hubfleet.cloud;

import io.hubfleet.components.Filestore;
import io.hubfleet.components.FilestoreArgs;

/** Builds NFS home storage on the cluster's network, protected and retained, with scheduled backups. */
public interface HomeStorageBackend {

    ProvisionedHomeStorage provision(Filestore component, String name, FilestoreArgs args);
}
