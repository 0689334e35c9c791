package de.quartier.build;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of a build took, in wall-clock and process CPU time: printed on stderr when
 * the system property {@code quartier.timings} or the environment variable {@code QUARTIER_TIMINGS}
 * is set. For finding where a build's time goes (README, "Benchmark"), never asserted in a test.
 */
final class Timings {
    private static final boolean ON = System.getProperty("quartier.timings") != null || System.getenv("QUARTIER_TIMINGS") != null;
    private final List<String> lines = new ArrayList<>();
    private long wall = System.nanoTime();
    private long cpu = cpu();

    /** Timings of a run's one build or check: the first line is what came before it (the JVM's start, the command line). */
    static Timings sinceStart() {
        long entered = System.nanoTime();
        Timings t = new Timings();
        if (ON) {
            // without the time these readings took (loading the JVM's management classes); the CPU time includes it
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - entered) / 1_000_000;
            t.lines.add(line("start", uptime, t.cpu / 1_000_000));
            // the first stage begins now, not before the management classes were loaded for these readings
            t.wall = System.nanoTime();
            t.cpu = cpu();
        }
        return t;
    }

    private static String line(String name, long wallMillis, long cpuMillis) {
        return String.format("quartier: %-12s %6d ms wall %6d ms cpu", name, wallMillis, cpuMillis);
    }

    private static long cpu() {
        if (!ON) return 0;
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Ends the stage that ran since the last call. */
    void stage(String name) {
        if (!ON) return;
        long w = System.nanoTime();
        long c = cpu();
        lines.add(line(name, (w - wall) / 1_000_000, (c - cpu) / 1_000_000));
        wall = w;
        cpu = c;
    }

    private final java.util.Map<String, long[]> kinds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Adds one file's making to its kind ("page offering", "file .ics"). */
    void file(String kind, long nanos) {
        if (!ON) return;
        long[] k = kinds.computeIfAbsent(kind, x -> new long[2]);
        synchronized (k) {
            k[0]++;
            k[1] += nanos;
        }
    }

    static boolean on() {
        return ON;
    }

    void print() {
        if (!ON) return;
        lines.forEach(System.err::println);
        kinds.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).forEach(e ->
                System.err.printf("quartier:   %-24s %6d files %7d ms%n", e.getKey(), e.getValue()[0], e.getValue()[1] / 1_000_000));
    }
}
