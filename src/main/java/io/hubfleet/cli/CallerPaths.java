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

    /** A path the user gave, from their directory (null stays null). */
    Path resolve(Path given) {
        return given == null ? null : cwd.resolve(given).normalize();
    }

    /** The stacks directory: the one given (from the user's directory), or the repo's. */
    Path stacksDir(Path given) {
        return given == null ? repoRoot.resolve("stacks") : resolve(given);
    }
}
