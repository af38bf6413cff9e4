package io.hubfleet.cloud;

import com.pulumi.core.Output;

/**
 * What a node pool backend made.
 *
 * @param name the pool's name in the cloud
 */
public record ProvisionedNodePool(Output<String> name) {
}
