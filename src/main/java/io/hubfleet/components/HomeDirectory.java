package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.batch.v1.Job;
import com.pulumi.kubernetes.batch.v1.JobArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.NFSVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * Makes a hub's directory on the shared NFS export (and its {@code _shared} directory), owned by the
 * users' uid. A one-off Job in the cluster's system namespace: only it ever mounts the export's root,
 * so no hub's namespace can reach another hub's directory. It never deletes anything.
 */
final class HomeDirectory {

    static final String IMAGE = "busybox:1.36.1";

    private HomeDirectory() {
    }

    static Job create(String name, String hub, HomeShare storage, String systemNamespace,
                      CustomResourceOptions options) {
        String directory = storage.directoryFor(hub);
        String script = "set -e; mkdir -p /export/" + hub + "/_shared; "
                + "chown 1000:100 /export/" + hub + " /export/" + hub + "/_shared; "
                + "chmod 0755 /export/" + hub + " /export/" + hub + "/_shared; ls -lnd /export/" + hub;
        Output<String> server = storage.server();
        return new Job(name, JobArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name("home-directory-" + hub)
                        .namespace(systemNamespace)
                        .labels(Map.of("hubfleet.io/hub", hub))
                        .annotations(Map.of("hubfleet.io/directory", directory))
                        .build())
                .spec(JobSpecArgs.builder()
                        .backoffLimit(4)
                        .template(PodTemplateSpecArgs.builder()
                                .spec(PodSpecArgs.builder()
                                        .restartPolicy("OnFailure")
                                        .nodeSelector(Map.of("hub.jupyter.org/node-purpose", "core"))
                                        .containers(ContainerArgs.builder()
                                                .name("mkdir")
                                                .image(IMAGE)
                                                .command(List.of("sh", "-c", script))
                                                .securityContext(SecurityContextArgs.builder().runAsUser(0).build())
                                                .volumeMounts(VolumeMountArgs.builder()
                                                        .name("export").mountPath("/export").build())
                                                .build())
                                        .volumes(VolumeArgs.builder()
                                                .name("export")
                                                .nfs(NFSVolumeSourceArgs.builder()
                                                        .server(server)
                                                        .path(storage.exportRoot())
                                                        .build())
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build(), options);
    }
}
