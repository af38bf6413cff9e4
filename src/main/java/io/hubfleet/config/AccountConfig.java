package io.hubfleet.config;

/**
 * The cloud account the estate lives in.
 *
 * @param id a GCP project id, an AWS account id or an Azure subscription id
 */
public record AccountConfig(String id) {
}
