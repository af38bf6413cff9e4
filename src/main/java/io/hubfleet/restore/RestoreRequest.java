package io.hubfleet.restore;

import io.hubfleet.cloud.CloudNames;

import java.util.Optional;

/**
 * What to restore: one user's home directory or the hub's whole directory, from one backup.
 *
 * @param home the hub and its storage
 * @param user the user's directory name, as on the storage (empty: the whole hub)
 * @param from the backup or snapshot, as {@code homes backups} lists it
 */
public record RestoreRequest(HubHome home, Optional<String> user, String from) {

    /**
     * A directory name as KubeSpawner writes {@code {username}} (escaped to these characters), or the
     * hub's {@code _shared}; never a path, so a restore cannot reach outside the hub's directory.
     */
    static final String USER_DIRECTORY = "[A-Za-z0-9_][A-Za-z0-9._@+-]*";

    public RestoreRequest {
        user.ifPresent(name -> {
            if (!name.matches(USER_DIRECTORY) || name.length() > 255) {
                throw new IllegalArgumentException("--user " + name + " is not a home directory's name: one path part "
                        + "of letters, digits and . _ @ + - (the name of the directory under the hub's, as "
                        + "dirsize_total_size_bytes{directory=...} shows it)");
            }
        });
        if (from.isBlank()) {
            throw new IllegalArgumentException("--from names no backup");
        }
        home.backups().from().check(from);
    }

    /** Names the temporary things made from this backup: the same backup always gets the same names. */
    public String label() {
        return CloudNames.shortHash(from);
    }

    /** What is restored, in words. */
    public String what() {
        return user.map(name -> "the home directory of " + name).orElse("the whole hub's directory");
    }

    /** The directory under the hub's directory that is copied: the user's, or the hub's itself. */
    public String relative() {
        return user.map(name -> "/" + name).orElse("");
    }
}
