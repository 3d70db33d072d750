package org.resilib.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU used while a benchmark runs, so that a figure from a shared 2-core machine can be read: this JVM (server and
 * clients together), the embedded PostgreSQL (its postmaster and backends, from /proc on Linux), and what the rest of
 * the machine took meanwhile. Per operation the first two hardly depend on the neighbours; the rate does.
 */
final class CpuUse {

    private static final long TICKS_PER_SECOND = 100;
    private final long jvmNanos;
    private final long postgresTicks;
    private final long[] machine;
    private final long wallNanos;

    private CpuUse() {
        jvmNanos = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        postgresTicks = postgresTicks();
        machine = machineTicks();
        wallNanos = System.nanoTime();
    }

    static CpuUse now() {
        return new CpuUse();
    }

    /** One line: CPU per operation of the JVM and of PostgreSQL, and how busy the machine was with other work. */
    String since(CpuUse start, int operations) {
        double wall = (wallNanos - start.wallNanos) / 1e9;
        double jvm = (jvmNanos - start.jvmNanos) / 1e9;
        double pg = (postgresTicks - start.postgresTicks) / (double) TICKS_PER_SECOND;
        double busy = (machine[0] - start.machine[0]) / (double) TICKS_PER_SECOND;
        double total = (machine[1] - start.machine[1]) / (double) TICKS_PER_SECOND;
        return String.format("CPU over %.2f s: this JVM (server and clients) %.2f ms per operation, PostgreSQL %.2f ms"
                + " per operation; machine %.0f%% busy, %.1f core-seconds of it other processes'", wall,
                jvm * 1000 / operations, pg * 1000 / operations, total == 0 ? 0 : 100 * busy / total,
                Math.max(0, busy - jvm - pg));
    }

    /** User and system ticks of the embedded server on the test port and its children; 0 where /proc is absent. */
    private static long postgresTicks() {
        Matcher port = Pattern.compile(":(\\d+)/").matcher(System.getProperty("resilib-test.jdbc-url", ""));
        File[] processes = new File("/proc").listFiles(f -> f.getName().matches("\\d+"));
        if (!port.find() || processes == null) {
            return 0;
        }
        String postmaster = null;
        for (File p : processes) {
            String cmd = read(p.toPath().resolve("cmdline")).replace('\0', ' ');
            if (cmd.contains("bin/postgres") && cmd.contains(" -p " + port.group(1) + " ")) {
                postmaster = p.getName();
            }
        }
        long ticks = 0;
        for (File p : processes) {
            String stat = read(p.toPath().resolve("stat"));
            int end = stat.lastIndexOf(')');
            if (postmaster == null || end < 0) {
                continue;
            }
            String[] f = stat.substring(end + 2).split(" ");
            if (p.getName().equals(postmaster) || f[1].equals(postmaster)) {
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
        }
        return ticks;
    }

    /** {busy, total} ticks of all cores, from the first line of /proc/stat. */
    private static long[] machineTicks() {
        String[] f = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu").trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = f.length > 5 ? Long.parseLong(f[4]) + Long.parseLong(f[5]) : 0;
        return new long[] {total - idle, total};
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
