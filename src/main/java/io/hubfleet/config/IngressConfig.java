package io.hubfleet.config;

/**
 * HTTPS for every hub of the stack.
 *
 * @param letsEncryptEmail       the ACME account's contact (required when there are hubs)
 * @param letsEncryptEnvironment production (default) or staging
 */
public record IngressConfig(String letsEncryptEmail, String letsEncryptEnvironment) {

    public IngressConfig {
        letsEncryptEnvironment = letsEncryptEnvironment == null ? "production" : letsEncryptEnvironment;
    }

    public boolean staging() {
        return "staging".equals(letsEncryptEnvironment);
    }
}
