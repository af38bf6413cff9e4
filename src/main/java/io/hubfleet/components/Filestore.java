package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.hubfleet.cloud.ProvisionedHomeStorage;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * NFS home storage shared by a cluster's hubs, each hub in its own directory (Filestore on GCP, EFS on
 * AWS, Azure Files on Azure), with scheduled backups.
 *
 * <p><b>Removal policy:</b> everything holding user data is protected and retained on delete: removing
 * the component, a hub, or the whole stack leaves the file system and its backups in the cloud
 * (docs/data-safety.md says how to really delete them).
 */
public final class Filestore extends ComponentResource implements HomeShare {

    public static final String TYPE = "hubfleet:index:Filestore";

    private final ProvisionedHomeStorage provisioned;

    public Filestore(String name, FilestoreArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.provisioned = args.cluster().account().platform().homeStorage().provision(this, name, args);
        registerOutputs(Map.of(
                "server", provisioned.server(),
                "exportRoot", Output.of(provisioned.exportRoot())));
    }

    /** The NFS server's address, as nodes mount it. */
    @Override
    public Output<String> server() {
        return provisioned.server();
    }

    /** The export path under which each hub has its directory. */
    @Override
    public String exportRoot() {
        return provisioned.exportRoot();
    }

    /** The NFS mount options this storage wants. */
    @Override
    public List<String> mountOptions() {
        return provisioned.mountOptions();
    }
}
