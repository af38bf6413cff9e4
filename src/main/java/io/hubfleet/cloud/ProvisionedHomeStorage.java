package io.hubfleet.cloud;

import com.pulumi.core.Output;

import java.util.List;

/**
 * What a home storage backend made: an NFS export the cluster's nodes mount.
 *
 * @param server       the server's address (an IP or a DNS name)
 * @param exportRoot   the exported path; each hub has a directory under it
 * @param mountOptions NFS mount options for it
 */
public record ProvisionedHomeStorage(Output<String> server, String exportRoot, List<String> mountOptions) {

    public ProvisionedHomeStorage {
        mountOptions = List.copyOf(mountOptions);
    }
}
