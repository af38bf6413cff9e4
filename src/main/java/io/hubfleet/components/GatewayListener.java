package io.hubfleet.components;

/**
 * A listener of the cluster's Gateway that a hub's HTTPRoute attaches to.
 *
 * @param gatewayName      the Gateway's name
 * @param gatewayNamespace its namespace
 * @param sectionName      the listener serving the hub's domain
 */
public record GatewayListener(String gatewayName, String gatewayNamespace, String sectionName) {
}
