package io.hubfleet.runtime;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the program Pulumi runs in a JVM with {@code ./hubfleet}'s flags and class-data archive.
 *
 * <p>Pulumi's Java language host runs a prebuilt program as {@code java -jar <binary>} and nothing
 * else: a binary not ending in {@code .jar} is not run at all (the Maven executor is tried next), and
 * the program's environment is the CLI's own (pulumi-java: {@code pkg/internal/executors/executor_jar.go}
 * lines 20-23 and 35 at 503547ec, {@code executor.go} lines 69-75 at 9c8db468, {@code executor_maven.go}
 * line 46 at 226f9e29; {@code pkg/cmd/pulumi-language-java/main.go} at e34a3965, {@code Run} and
 * {@code constructEnv}; docs/performance.md quotes them). So neither a launcher script nor {@code JDK_JAVA_OPTIONS}
 * (which every user would have to set in their own shell) can give the program its flags, and a jar's
 * manifest cannot carry JVM options. The program therefore starts itself once more: the first JVM
 * does nothing but start the second with the flags and wait for it, passing on its standard streams
 * and exit code; that costs one bare JVM start (about 0.1 s) against tens of seconds saved on a large
 * stack (the 95-hub preview: 82–86 s with the JVM's defaults, 40–50 s with these flags, by hand).
 *
 * <p>The flags are those of {@code tools/jvm-flags.bash} ({@code TunedJvmTest} checks they agree),
 * and the class-data archive is the one {@code ./hubfleet build} writes beside the jar
 * ({@code target/hubfleet.jsa}). A missing, stale (the jar rebuilt since) or foreign archive costs
 * only speed: the JVM checks the archive against the jar and, finding it unusable, starts without it
 * (and says nothing: its CDS messages are off). Only a HotSpot JVM started from the class path is
 * restarted: under the Maven executor ({@code mvn exec:java}) the program runs in Maven's JVM, whose
 * class path is Maven's, and another JVM's options differ.
 */
public final class TunedJvm {

    /** Set on the second JVM (to the archive it was given, or {@code none}): it must not start a third. */
    static final String STARTED = "hubfleet.tunedJvm";
    /** Where the class-data archive is; by default {@code hubfleet.jsa} beside the program's jar. */
    static final String ARCHIVE = "hubfleet.archive";

    private TunedJvm() {
    }

    /**
     * The flags of {@code tools/jvm-flags.bash} for a machine of {@code cores} processors: C1 only, the
     * serial collector, a common pool of 4, and one compiler thread on two cores or fewer
     * (docs/performance.md has the measurements).
     */
    public static List<String> flags(int cores) {
        List<String> flags = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4"));
        if (cores <= 2) {
            flags.add("-XX:CICompilerCount=1");
        }
        return flags;
    }

    /**
     * Runs {@code mainClass} with {@code args} in a tuned JVM and returns its exit code, or returns
     * empty when the program is to run in this JVM: it is the tuned one already, it was not started
     * from the class path by a HotSpot JVM, or the second JVM could not be started.
     */
    public static OptionalInt restart(Class<?> mainClass, String[] args) {
        if (System.getProperty(STARTED) != null || mainClass.getClassLoader() != ClassLoader.getSystemClassLoader()
                || !System.getProperty("java.vm.name", "").toLowerCase(Locale.ROOT).matches(".*(hotspot|openjdk).*")) {
            return OptionalInt.empty();
        }
        Optional<Path> archive = archive(mainClass);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags(Runtime.getRuntime().availableProcessors()));
        archive.ifPresent(path -> command.addAll(List.of("-XX:SharedArchiveFile=" + path,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off")));
        command.add("-D" + STARTED + "=" + archive.map(Path::toString).orElse("none"));
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Pulumi cancels a run with a signal: the second JVM is stopped with this one.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        while (true) {
            try {
                return OptionalInt.of(process.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
            }
        }
    }

    /** In the second JVM: stops the program should the first JVM end without stopping it (killed). */
    public static void exitWithParent() {
        if (System.getProperty(STARTED) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    }

    /** How this JVM was started, for the engine's debug log; empty unless it is the tuned one. */
    public static Optional<String> description() {
        return description(System.getProperty(STARTED));
    }

    /** The description for a JVM whose {@link #STARTED} property is {@code archive} (null: not the tuned JVM). */
    static Optional<String> description(String archive) {
        if (archive == null) {
            return Optional.empty();
        }
        return Optional.of("hubfleet: started in a JVM with " + String.join(" ", flags(Runtime.getRuntime().availableProcessors()))
                + " and " + ("none".equals(archive) ? "no class-data archive" : "the class-data archive " + archive)
                + " (common pool parallelism " + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + ")");
    }

    /** The archive to use, if there is one: {@code hubfleet.archive}, or {@code hubfleet.jsa} beside the jar. */
    static Optional<Path> archive(Class<?> mainClass) {
        String configured = System.getProperty(ARCHIVE);
        Optional<Path> path = configured != null ? Optional.of(Path.of(configured)) : jar(mainClass)
                .map(jar -> jar.resolveSibling("hubfleet.jsa"));
        return path.map(Path::toAbsolutePath).filter(Files::isRegularFile);
    }

    private static Optional<Path> jar(Class<?> mainClass) {
        CodeSource source = mainClass.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** This JVM's class path, each entry absolute ({@code java -jar target/hubfleet.jar} gives a relative one). */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
