package io.hubfleet.cli;

import java.nio.file.Path;

/**
 * Paths as the user means them: a path on the command line is relative to where they ran hubfleet, and a
 * bare stack name means a file in the repo's stacks directory, wherever they ran it from. The ./hubfleet
 * wrapper runs the CLI in the caller's directory and names the repo root ({@code -Dhubfleet.root}).
 *
 * @param cwd      where the user ran hubfleet
 * @param repoRoot the hubfleet checkout whose stacks directory a bare stack name means
 */
record CallerPaths(Path cwd, Path repoRoot) {

    /** Tests run the CLI in process as if from another directory with {@code hubfleet.cwd}. */
    static CallerPaths current() {
        Path cwd = Path.of(System.getProperty("hubfleet.cwd", System.getProperty("user.dir"))).toAbsolutePath();
        String root = System.getProperty("hubfleet.root");
        return new CallerPaths(cwd, root == null || root.isBlank() ? cwd : Path.of(root).toAbsolutePath());
    }

    /**
     * A path the user gave, from their directory (null stays null). Run where the JVM runs (as always but in
     * tests), a relative path stays as typed, so messages name it as the user did.
     */
    Path resolve(Path given) {
        return given == null || runsHere() ? given : cwd.resolve(given).normalize();
    }

    /** The stacks directory: the one given (from the user's directory), or the repo's ({@code stacks} run from it). */
    Path stacksDir(Path given) {
        if (given != null) {
            return resolve(given);
        }
        return runsHere() && repoRoot.equals(cwd) ? Path.of("stacks") : repoRoot.resolve("stacks");
    }

    private boolean runsHere() {
        return cwd.equals(Path.of(System.getProperty("user.dir")).toAbsolutePath());
    }
}
