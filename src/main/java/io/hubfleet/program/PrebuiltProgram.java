package io.hubfleet.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Guards the prebuilt program Pulumi runs ({@code runtime.options.binary: target/hubfleet.jar} in
 * Pulumi.yaml): a jar older than the sources beside it would deploy code nobody is looking at, so the
 * program refuses to start and says how to rebuild. Run from classes (tests, {@code mvn exec:java}) or
 * outside a source checkout, there is nothing to compare and nothing is refused.
 */
public final class PrebuiltProgram {

    /** What goes into the jar: a change to any of these makes it stale. */
    static final List<String> SOURCES = List.of("pom.xml", "src/main", "components", "schema");

    private PrebuiltProgram() {
    }

    /** Why the running jar must not be used, if it is older than the sources in {@code projectDir}. */
    public static Optional<String> staleness(Path projectDir) {
        return runningJar().flatMap(jar -> staleness(jar, projectDir));
    }

    static Optional<String> staleness(Path jar, Path projectDir) {
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (String source : SOURCES) {
                Optional<Path> newer = newerThan(projectDir.resolve(source), built);
                if (newer.isPresent()) {
                    return Optional.of(projectDir.relativize(jar) + " is older than "
                            + projectDir.relativize(newer.get()) + ": it would deploy code you have since changed."
                            + " Rebuild it with ./hubfleet build (or mvn -Dmaven.test.skip=true package), then run"
                            + " pulumi again");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not compare " + jar + " with its sources", e);
        }
    }

    private static Optional<Path> newerThan(Path source, FileTime built) throws IOException {
        if (!Files.exists(source)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> modified(file).compareTo(built) > 0)
                    .findFirst();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> runningJar() {
        CodeSource source = PrebuiltProgram.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
