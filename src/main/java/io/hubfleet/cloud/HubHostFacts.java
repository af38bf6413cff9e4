package io.hubfleet.cloud;

import com.pulumi.core.Output;

import java.util.Map;

/**
 * What a cloud's hub backends need to know about the cluster a hub runs on (its names, its workload
 * identity issuer, ...). Made from the cluster of the same stack, or from what a shared cluster's
 * stack exports; each cloud has its own record and reads only its own.
 */
public interface HubHostFacts {

    /** The facts as a stack output, for hub-only stacks on this cluster: plain values, no secret. */
    Output<Map<String, Object>> export();
}
