package io.hubfleet.components;

import io.hubfleet.cloud.ManagedHomeSpec;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.hubfleet.cloud.ProvisionedHomeStorage;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * Home storage, as hubs mount it over NFS. Two kinds ({@link FilestoreArgs}):
 * <ul>
 *   <li>managed: the cloud's file service (Filestore on GCP, EFS on AWS, Azure Files on Azure) shared by a
 *       cluster's hubs, each in its own directory, with scheduled backups;</li>
 *   <li>disk: one hub's own block disk (PD, EBS, Azure Disk) with scheduled snapshots, served by an
 *       in-cluster NFS server (2i2c's jupyterhub-home-nfs) in a namespace of its own, with per-user
 *       quotas ({@link HomeNfsServer}).</li>
 * </ul>
 *
 * <p><b>Removal policy:</b> everything holding user data is protected and retained on delete: removing
 * the component, a hub, or the whole stack leaves the file system or disk and its backups in the cloud
 * (docs/data-safety.md says how to really delete them). The in-cluster server holds no data of its own.
 */
public final class Filestore extends ComponentResource implements HomeShare {

    public static final String TYPE = "hubfleet:index:Filestore";

    private final Output<String> server;
    private final String exportRoot;
    private final List<String> mountOptions;

    public Filestore(String name, FilestoreArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        if (args instanceof FilestoreArgs.Managed managed) {
            ProvisionedHomeStorage provisioned = managed.cluster().provisioned().homeStorage(this, name,
                    new ManagedHomeSpec(CloudSpecs.tier(managed.tier()), managed.capacityGiB(),
                            CloudSpecs.backups(managed.backups())),
                    managed.cluster().kubernetesProvider());
            this.server = provisioned.server();
            this.exportRoot = provisioned.exportRoot();
            this.mountOptions = provisioned.mountOptions();
        } else {
            FilestoreArgs.Disk disk = (FilestoreArgs.Disk) args;
            HomeNfsServer nfs = HomeNfsServer.create(this, name, disk);
            this.server = nfs.server();
            this.exportRoot = HomeNfsServer.EXPORT_ROOT;
            this.mountOptions = HomeNfsServer.MOUNT_OPTIONS;
        }
        registerOutputs(Map.of(
                "server", server,
                "exportRoot", Output.of(exportRoot)));
    }

    /** The NFS server's address, as nodes mount it. */
    @Override
    public Output<String> server() {
        return server;
    }

    /** The export path under which each hub has its directory. */
    @Override
    public String exportRoot() {
        return exportRoot;
    }

    /** The NFS mount options this storage wants. */
    @Override
    public List<String> mountOptions() {
        return mountOptions;
    }
}
