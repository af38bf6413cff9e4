package io.hubfleet.helm.homenfs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmValues;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The jupyterhub-home-nfs values of one hub's NFS server: the chart's baseline
 * ({@code components/home-nfs/values.yaml}), then the hub's disk, quota and placement.
 *
 * <p>The disk holds the hub's homes under {@code /export/<hub>}, the layout 2i2c's basehub uses
 * (2i2c-org/infrastructure, helm-charts/basehub/values.jsonnet): the quota enforcer gives every directory
 * there an XFS project quota, keeps its project files beside them (hidden, so never quota'd), and the
 * hub mounts {@code /<hub>} over NFSv4, whose pseudo root is {@code /export} (templates/configmap.yaml).
 *
 * @param hub            the hub
 * @param quotaGiB       each user's quota
 * @param chartVolumeKey where the chart makes the disk's PersistentVolume ({@code gke}, {@code eks}), if it can
 * @param volumeHandle   the disk as its CSI driver names it (used only with {@code chartVolumeKey})
 * @param nodeSelector   where the server may run: the core pool in the disk's zone
 */
public record HomeNfsValues(String hub, int quotaGiB, Optional<String> chartVolumeKey, String volumeHandle,
                            Map<String, String> nodeSelector) {

    /** The directory of the hub's homes on its disk, as the server sees it. */
    public static String hubDirectory(String hub) {
        return "/export/" + hub;
    }

    public ObjectNode layered(HelmChart chart) {
        return HelmValues.layer(List.of(chart.baselineCopy(), typed()));
    }

    private ObjectNode typed() {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        ObjectNode quotaManager = values.putObject("quotaEnforcer").putObject("config").putObject("QuotaManager");
        String directory = hubDirectory(hub);
        quotaManager.putArray("paths").add(directory);
        quotaManager.put("projects_file", directory + "/.projects");
        quotaManager.put("projid_file", directory + "/.projid");
        quotaManager.put("hard_quota", quotaGiB);
        chartVolumeKey.ifPresent(key -> values.putObject(key).put("enabled", true).put("volumeId", volumeHandle));
        ObjectNode selector = values.putObject("nodeSelector");
        new TreeMap<>(nodeSelector).forEach(selector::put);
        return values;
    }
}
