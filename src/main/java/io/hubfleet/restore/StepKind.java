package io.hubfleet.restore;

import java.util.Locale;

/**
 * What a restore step does, and so whether {@code --run} may do it. Checks and preparations touch no
 * user data and are safe to repeat; copying into the live home and cleaning up are decisions the
 * operator makes after looking at what was prepared.
 */
public enum StepKind {
    /** Reads only: finds values, verifies the backup belongs to this storage, waits. */
    CHECK(true),
    /** Makes temporary things from the backup (a disk, a file share, a pod); finds them when they exist. */
    PREPARE(true),
    /** Writes into the live home: never run by hubfleet. */
    COPY(false),
    /** Removes only the temporary things: never run by hubfleet. */
    CLEANUP(false);

    private final boolean runs;

    StepKind(boolean runs) {
        this.runs = runs;
    }

    /** Whether {@code --run} runs steps of this kind. */
    public boolean runs() {
        return runs;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
