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
        lines.add(String.format("quartier: %-12s %6d ms wall %6d ms cpu", name, (w - wall) / 1_000_000, (c - cpu) / 1_000_000));
        wall = w;
        cpu = c;
    }

    void print() {
        if (ON) lines.forEach(System.err::println);
    }
}
