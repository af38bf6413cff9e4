package io.hubfleet.components;

import io.hubfleet.cloud.NfsMountOptions;
import io.hubfleet.cloud.NodeRole;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.PersistentVolume;
import com.pulumi.kubernetes.core.v1.PersistentVolumeArgs;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.inputs.CSIPersistentVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorRequirementArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorTermArgs;
import com.pulumi.kubernetes.core.v1.inputs.ObjectReferenceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeNodeAffinityArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;
import io.hubfleet.config.HomeDiskSettings;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.helm.homenfs.HomeNfsValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One hub's in-cluster NFS server (2i2c's jupyterhub-home-nfs chart) on the hub's own cloud disk, with
 * per-user XFS quotas. Its pods run privileged (nfs-ganesha, xfs_quota, xfs_growfs), so they get a
 * namespace of their own, {@code <hub>-home-nfs}, labelled for Pod Security Admission's privileged level,
 * away from the hub's namespace and its stricter level. Nodes mount it at the chart Service's cluster IP:
 * a kubelet mounts NFS from the node, which resolves no cluster DNS names on every cloud (2i2c pins the
 * address on EKS for this reason).
 */
final class HomeNfsServer {

    /** The hub mounts {@code /<hub>} over NFSv4 (the server's pseudo root is its disk's {@code /export}). */
    static final String EXPORT_ROOT = "/";
    /** Soft with long retries, NFS 4.2, which nfs-ganesha serves (templates/configmap.yaml: Protocols = 3, 4). */
    static final List<String> MOUNT_OPTIONS = NfsMountOptions.inCluster();
    /** The chart names its objects after this when fullnameOverride is "" (templates/_helpers.tpl). */
    static final String CHART_OBJECT_NAME = "home-nfs";
    /** The XFS mount options the chart's own PersistentVolume uses; pquota turns project quotas on. */
    static final List<String> XFS_MOUNT_OPTIONS = List.of("rw", "relatime", "nouuid", "attr2", "inode64",
            "logbufs=8", "logbsize=32k", "pquota");
    private static final HelmChart CHART = HelmChart.load("home-nfs");

    private final Output<String> server;

    private HomeNfsServer(Output<String> server) {
        this.server = server;
    }

    /** The hub's storage namespace. */
    static String namespaceFor(String hub) {
        return hub + "-home-nfs";
    }

    /** The release: named after the hub, so the chart's cluster-wide PersistentVolume name is unique. */
    static String releaseFor(String hub) {
        return hub;
    }

    /** The disk's PersistentVolume: {@code <release>-home-nfs}, as the chart names it. */
    static String volumeFor(String hub) {
        return releaseFor(hub) + "-" + CHART_OBJECT_NAME;
    }

    static HomeNfsServer create(Filestore component, String name, FilestoreArgs.Disk args) {
        HubSite site = args.site();
        String hub = args.hubName();
        HomeDiskSettings settings = args.settings();
        ProvisionedHomeDisk disk = site.facts().homeDisk(component, name,
                new HomeDiskSpec(hub, CloudSpecs.tier(settings.tier()), settings.capacityGiB(),
                        CloudSpecs.backups(settings.backups())),
                site.accountProvider());

        String namespaceName = namespaceFor(hub);
        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(component)
                .provider(site.kubernetesProvider()).dependsOn(site.readiness()).build();
        Map<String, String> podSecurity = new TreeMap<>();
        for (String mode : List.of("enforce", "audit", "warn")) {
            podSecurity.put("pod-security.kubernetes.io/" + mode, "privileged");
        }
        podSecurity.put(Hub.HUB_NAME_LABEL, hub);
        podSecurity.put("hubfleet.io/home-storage", "true");
        Namespace namespace = new Namespace(name, NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(namespaceName).labels(podSecurity).build())
                .build(), inCluster);

        List<Resource> before = new ArrayList<>(List.of(namespace));
        if (disk.chartVolumeKey().isEmpty()) {
            before.add(ownVolume(component, name, hub, namespaceName, disk, site));
        }
        Map<String, String> nodeSelector = new TreeMap<>(NodeRole.CORE.labels());
        nodeSelector.remove("k8s.dask.org/node-purpose");
        nodeSelector.putAll(disk.zoneNodeSelector());
        Output<com.fasterxml.jackson.databind.node.ObjectNode> values = disk.volumeHandle().applyValue(handle ->
                new HomeNfsValues(hub, settings.perUserQuotaGiB(), disk.chartVolumeKey(), handle, nodeSelector)
                        .layered(CHART));
        Release release = HelmRelease.create(name, releaseFor(hub), namespaceName, false, CHART, values, 600,
                CustomResourceOptions.builder().parent(component).provider(site.kubernetesProvider())
                        .dependsOn(before).build());

        // Read the chart's Service once the release is installed: its id waits for the release's status.
        Service service = Service.get(name + "-service",
                release.status().applyValue(status -> namespaceName + "/" + CHART_OBJECT_NAME),
                CustomResourceOptions.builder().parent(component).provider(site.kubernetesProvider())
                        .dependsOn(release).build());
        Output<String> address = service.spec().applyValue(spec -> spec.clusterIP().orElseThrow(() ->
                new IllegalStateException("the Service " + namespaceName + "/" + CHART_OBJECT_NAME + " has no cluster IP")));
        return new HomeNfsServer(address);
    }

    /**
     * The disk's PersistentVolume where the chart cannot make it (it knows only GKE, EKS and OpenStack
     * disks): the chart's own spec (templates/persistent-volume.yaml) with this cloud's CSI driver, kept
     * to the disk's zone, and bound ahead to the chart's claim so no other claim can take it.
     */
    private static PersistentVolume ownVolume(Filestore component, String name, String hub, String namespaceName,
                                              ProvisionedHomeDisk disk, HubSite site) {
        PersistentVolumeSpecArgs.Builder spec = PersistentVolumeSpecArgs.builder()
                .capacity(Map.of("storage", "1M"))
                .volumeMode("Filesystem")
                .accessModes("ReadWriteOnce")
                .persistentVolumeReclaimPolicy("Retain")
                .storageClassName("")
                .mountOptions(XFS_MOUNT_OPTIONS)
                .claimRef(ObjectReferenceArgs.builder().namespace(namespaceName).name(CHART_OBJECT_NAME).build())
                .csi(CSIPersistentVolumeSourceArgs.builder()
                        .driver(disk.csiDriver())
                        .fsType("xfs")
                        .volumeHandle(disk.volumeHandle())
                        .build());
        if (!disk.zoneNodeSelector().isEmpty()) {
            List<NodeSelectorRequirementArgs> zone = disk.zoneNodeSelector().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> NodeSelectorRequirementArgs.builder().key(e.getKey()).operator("In")
                            .values(e.getValue()).build())
                    .toList();
            spec.nodeAffinity(VolumeNodeAffinityArgs.builder().required(NodeSelectorArgs.builder()
                    .nodeSelectorTerms(NodeSelectorTermArgs.builder().matchExpressions(zone).build()).build()).build());
        }
        return new PersistentVolume(name + "-volume", PersistentVolumeArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(volumeFor(hub))
                        .labels(Map.of(Hub.HUB_NAME_LABEL, hub)).build())
                .spec(spec.build())
                .build(), CustomResourceOptions.builder().parent(component).provider(site.kubernetesProvider())
                .retainOnDelete(true).build());
    }

    Output<String> server() {
        return server;
    }
}
