package io.hubfleet.cloud;

import java.util.Map;

/**
 * What one cloud's hub host tells hub-only stacks on its cluster: the {@code facts} of the stack output
 * {@code hubHost}. Each cloud has its own record ({@code GkeHostFacts}, {@code EksHostFacts},
 * {@code AksHostFacts}) that writes ({@link #toOutput()}) and reads ({@code fromOutput}) that map, and
 * nothing else does; the cloud's hub host exports and imports through it, and restore lists backups by it.
 */
public interface HubHostFacts {

    /** The cluster's name in its cloud. */
    String clusterName();

    /** The facts as the stack output holds them: plain values, no secret, in a fixed key order. */
    Map<String, Object> toOutput();
}
