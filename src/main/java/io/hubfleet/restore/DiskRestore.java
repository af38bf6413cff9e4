package io.hubfleet.restore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.cloud.CloudNames;

import java.util.List;

/**
 * What every restore from a hub's own disk shares, on each cloud: the copy of the disk is mounted in the
 * namespace of the hub's NFS server, in the disk's zone; the hub's homes are at {@code /<hub>} on it (the
 * server exports the disk's root, where each hub has its directory: helm/homenfs/HomeNfsValues).
 */
final class DiskRestore {

    /** The quota enforcer's own files in the hub's directory: a whole-hub restore leaves the live ones. */
    static final List<String> QUOTA_FILES = List.of("/.projects", "/.projid");

    private DiskRestore() {
    }

    /** The PersistentVolume and claim of the disk made from the backup. */
    static String objectName(RestoreRequest request) {
        return CloudNames.fit(request.home().instance() + "-restore-" + request.label(), 63);
    }

    static RestorePod.Spec spec(RestoreRequest request, String namespace, String zone, ObjectNode volume) {
        String name = objectName(request);
        String hubDirectory = RestorePod.BACKUP + "/" + request.home().instance();
        return new RestorePod.Spec(request, namespace, zone, RestorePod.claim(name),
                List.of(volume, RestorePod.diskClaim(request, name, namespace)),
                "src=" + hubDirectory + request.relative(), QUOTA_FILES);
    }
}
