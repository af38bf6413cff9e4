package io.hubfleet.config;

/**
 * A validated stack file: a whole estate ({@link StackConfig}), or hubs on another stack's cluster
 * ({@link HubStackConfig}).
 */
public sealed interface StackDefinition permits StackConfig, HubStackConfig {

    String stack();

    Cloud cloud();

    DeployStage stage();
}
