package io.hubfleet.bench;

import io.hubfleet.plan.OfflinePlanner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a fresh JVM's demo-gcp plan spends its time: plans once, then reads the JVM's own counters
 * (jcmd PerfCounter.print on itself) for class loading, static initialisers, linking, the JIT
 * compiler and the collector. They are thread times, so on two cores they can add up to more than the
 * wall time. Prints one line per figure.
 */
public final class StartupCosts {

    private StartupCosts() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        OfflinePlanner.plan(Path.of("stacks/Pulumi.demo-gcp.yaml"));
        long wallMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Map<String, Long> counters = counters();
        double ticksPerMs = counters.getOrDefault("sun.os.hrt.frequency", 0L) / 1000.0;
        if (ticksPerMs == 0) {
            System.out.println("jvm-counters unavailable (jcmd could not attach)");
            return;
        }
        System.out.printf("wall-ms %d%n", wallMs);
        print("class-loading-ms", counters, "sun.cls.time", ticksPerMs, wallMs);
        print("  of-which-static-initialisers-ms", counters, "sun.cls.classInitTime.self", ticksPerMs, wallMs);
        print("  of-which-linking-ms", counters, "sun.cls.classLinkedTime.self", ticksPerMs, wallMs);
        counters.put("jit", counters.getOrDefault("sun.ci.standardTime", 0L) + counters.getOrDefault("sun.ci.osrTime", 0L));
        print("jit-compiling-ms", counters, "jit", ticksPerMs, wallMs);
        System.out.printf("jit-compiled-methods %d on %d compiler threads%n",
                counters.getOrDefault("sun.ci.totalCompiles", 0L), counters.getOrDefault("sun.ci.threads", 0L));
        long gcTicks = counters.getOrDefault("sun.gc.collector.0.time", 0L) + counters.getOrDefault("sun.gc.collector.1.time", 0L);
        System.out.printf("garbage-collecting-ms %.0f%n", gcTicks / ticksPerMs);
    }

    private static void print(String label, Map<String, Long> counters, String name, double ticksPerMs, long wallMs) {
        double ms = counters.getOrDefault(name, 0L) / ticksPerMs;
        System.out.printf("%s %.0f (%.0f %% of the wall time)%n", label, ms, 100 * ms / wallMs);
    }

    private static Map<String, Long> counters() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(ProcessHandle.current().pid()), "PerfCounter.print").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, Long> counters = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(eq + 1).trim().matches("\\d+")) {
                counters.put(line.substring(0, eq).trim(), Long.parseLong(line.substring(eq + 1).trim()));
            }
        }
        return counters;
    }
}
