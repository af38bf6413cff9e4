package io.hubfleet.restore;

/**
 * A hub's home directory, as a restore finds it: where it lives on the cluster and its storage's backups.
 *
 * @param stack           the stack the hub is declared in
 * @param clusterStack    the stack that makes the cluster (the same stack, unless hub-only)
 * @param hub             the hub's name in its stack file
 * @param instance        its name on the cluster (a hub-only stack's hubs may be qualified, physics-3f2a):
 *                        its namespace, its directory and its disk are named after this
 * @param volumeName      the hub's home PersistentVolume, which names the live NFS server
 * @param livePath        the hub's directory as the NFS server exports it
 * @param systemNamespace the cluster's own namespace (pods that mount a share's root run there only)
 * @param clusterName     the cluster's name
 * @param backups         the storage and its backups
 */
public record HubHome(String stack, String clusterStack, String hub, String instance, String volumeName,
                      String livePath, String systemNamespace, String clusterName, HomeBackups backups) {

    public boolean hubOnly() {
        return !stack.equals(clusterStack);
    }

    /** The namespace of a hub's in-cluster NFS server, where its disk's claim lives. */
    public String diskNamespace() {
        return instance + "-home-nfs";
    }
}
