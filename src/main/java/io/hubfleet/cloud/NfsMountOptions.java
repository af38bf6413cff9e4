package io.hubfleet.cloud;

import java.util.ArrayList;
import java.util.List;

/**
 * How user pods mount their homes over NFS: a choice per kind of home storage, not an accident
 * (docs/components/filestore.md#mount-options). Both kinds wait 60 s per try ({@code timeo=600}, in
 * tenths of a second, the Linux default for TCP) and retry before they give up:
 * <ul>
 *   <li>A disk behind an in-cluster server (nfs-ganesha) goes away on every restart of its pod: an
 *       upgrade, a node replacement. {@code hard} would hang every user's processes, and the kubelet's
 *       unmounts, for as long; {@code soft} with three retries rides out a restart (about four minutes
 *       before an operation fails with EIO) and turns a longer outage into errors, not a wedged node.
 *       2i2c mounts its in-cluster servers {@code soft,noatime,vers=4.2} (basehub values, nfs.pv).</li>
 *   <li>A managed service (Filestore, EFS, Azure Files) is replicated and has no routine restarts:
 *       {@code hard}, as each cloud recommends, so a rare outage pauses writes instead of failing them
 *       half-way (a soft mount's EIO can leave a notebook half-written).</li>
 * </ul>
 */
public final class NfsMountOptions {

    /** Tenths of a second per try: 60 s. */
    public static final String TIMEOUT = "timeo=600";

    private NfsMountOptions() {
    }

    /** An in-cluster server on a disk: soft, three retries, NFS 4.2 (nfs-ganesha serves it), no atimes. */
    public static List<String> inCluster() {
        return List.of("soft", TIMEOUT, "retrans=3", "noatime", "vers=4.2");
    }

    /** A managed file service: hard, two retries between major timeouts, then the service's own options. */
    public static List<String> managed(List<String> serviceOptions) {
        List<String> options = new ArrayList<>(List.of("hard", TIMEOUT, "retrans=2"));
        options.addAll(serviceOptions);
        return List.copyOf(options);
    }
}
