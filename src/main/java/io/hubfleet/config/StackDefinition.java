package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;

/**
 * A validated stack file: a whole estate ({@link StackConfig}), or hubs on another stack's cluster
 * ({@link HubStackConfig}).
 */
public sealed interface StackDefinition permits StackConfig, HubStackConfig {

    String stack();

    Cloud cloud();

    DeployStage stage();
}
