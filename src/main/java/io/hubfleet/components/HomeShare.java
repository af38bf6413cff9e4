package io.hubfleet.components;

import com.pulumi.core.Output;

import java.util.List;

/**
 * An NFS export that holds hubs' home directories, as a hub mounts it: its own stack's
 * {@link Filestore}, or a shared cluster's (from that stack's outputs).
 */
public interface HomeShare {

    /** The NFS server's address, as nodes mount it. */
    Output<String> server();

    /** The export path under which each hub has its directory. */
    String exportRoot();

    /** The NFS mount options the storage wants. */
    List<String> mountOptions();

    /** The hub's own directory: {@code <exportRoot>/<hub>}. */
    default String directoryFor(String hub) {
        return exportRoot().endsWith("/") ? exportRoot() + hub : exportRoot() + "/" + hub;
    }

    /** A share known by its address (a shared cluster's). */
    record Remote(Output<String> server, String exportRoot, List<String> mountOptions) implements HomeShare {
        public Remote {
            mountOptions = List.copyOf(mountOptions);
        }
    }
}
