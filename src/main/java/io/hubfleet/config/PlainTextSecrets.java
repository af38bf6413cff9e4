package io.hubfleet.config;

import io.hubfleet.config.portable.SecretValue;

/** Whether a secret of the stack file was set as a Pulumi secret, and the refusal when it was not. */
final class PlainTextSecrets {

    private PlainTextSecrets() {
    }

    /**
     * Whether the stack file holds the value as a Pulumi secret. Offline, the file says which values were
     * encrypted; in a deployment, Pulumi lists the keys that hold secrets.
     */
    static boolean setAsSecret(SecretValue secret, RawStackConfig raw) {
        if (raw.secretPaths().contains(secret.pointer())) {
            return true;
        }
        return raw.decrypted() && raw.secretKeys().contains(ConfigPath.fromPointer(secret.pointer()).topLevelKey());
    }

    /** The problem to report when it was set in plain text. */
    static ConfigProblem problem(SecretValue secret, String what) {
        ConfigPath path = ConfigPath.fromPointer(secret.pointer());
        return ConfigProblem.of(path, what + " is in plain text",
                "a Pulumi secret: pulumi config set --secret --path '" + path + "' <secret>");
    }
}
