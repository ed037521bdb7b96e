package dev.acquire4j.benchmarks;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects the rounds of a {@link Compare} run and writes them as Markdown: medians and ratios to the twin. */
final class Report {
    /** Targets of issues 7 and 15: an adapter against its hand-written twin. */
    static final double MIN_THROUGHPUT_RATIO = 0.95;
    static final double MAX_CPU_RATIO = 1.10;
    static final double MAX_ALLOC_RATIO = 1.10;

    private final List<Compare.Cell> cells;
    private final Map<Compare.Cell, LoadRun.Result[]> results = new LinkedHashMap<>();
    private final int rounds;
    private final Duration window;
    private final Duration warmup;

    Report(List<Compare.Cell> cells, int rounds, Duration window, Duration warmup) {
        this.cells = cells;
        this.rounds = rounds;
        this.window = window;
        this.warmup = warmup;
        for (Compare.Cell c : cells) {
            results.put(c, new LoadRun.Result[rounds]);
        }
    }

    void add(int round, Compare.Cell cell, LoadRun.Result r) {
        results.get(cell)[round] = r;
    }

    String markdown(double loadBefore, double loadAfter) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Load comparison, %s; %d CPUs, Java %s (%s); load average %.2f before, %.2f after.%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), loadBefore, loadAfter));
        s.append(String.format(Locale.ROOT, "Chat send with the answer fully parsed, loopback server in its own JVM; "
                + "%d rounds of %.0f s per cell after %.0f s of warm-up per cell (%.0f s in all); medians over rounds, "
                + "ratios = median of per-round ratios to the hand-written twin (the line above).%n%n",
                rounds, window.toMillis() / 1e3, warmup.toMillis() / 1e3, warmup.toMillis() / 1e3 * cells.size()));
        s.append("| client | in flight | sends/s | × twin | p50 ms | × twin | p99 ms | × twin | CPU µs/send | × twin | KB alloc/send | × twin | threads started/send | errors |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> verdicts = new ArrayList<>();
        for (Compare.Cell c : cells) {
            LoadRun.Result[] rs = results.get(c);
            LoadRun.Result[] twin = twinOf(c);
            double tput = median(rs, LoadRun.Result::throughput);
            double p50 = median(rs, r -> r.p50Nanos() / 1e6);
            double p99 = median(rs, r -> r.p99Nanos() / 1e6);
            double cpu = median(rs, r -> r.cpuNanosPerSend() / 1e3);
            double kb = median(rs, r -> r.bytesPerSend() / 1024);
            long errors = Arrays.stream(rs).mapToLong(LoadRun.Result::errors).sum();
            double started = median(rs, r -> (double) r.cost().threadsStarted() / Math.max(1, r.sends()));
            s.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %s | %.2f | %s | %.2f | %s | %.1f | %s | %.1f | %s | %.3f | %d |%n",
                    c.contender().key(), c.concurrency(),
                    tput, ratio(rs, twin, LoadRun.Result::throughput),
                    p50, ratio(rs, twin, LoadRun.Result::p50Nanos),
                    p99, ratio(rs, twin, LoadRun.Result::p99Nanos),
                    cpu, ratio(rs, twin, LoadRun.Result::cpuNanosPerSend),
                    kb, ratio(rs, twin, LoadRun.Result::bytesPerSend),
                    started, errors));
            verdicts.addAll(extraVerdicts(c, rs, tput, started));
            if (twin != null && !c.contender().key().equals(Contenders.DIAGNOSTIC)) {
                double t = ratioValue(rs, twin, LoadRun.Result::throughput);
                double u = ratioValue(rs, twin, LoadRun.Result::cpuNanosPerSend);
                double a = ratioValue(rs, twin, LoadRun.Result::bytesPerSend);
                verdicts.add(String.format(Locale.ROOT, "- %s ×%d: throughput %.2f %s (≥ %.2f), CPU/send %.2f %s (≤ %.2f), bytes/send %.2f %s (≤ %.2f)",
                        c.contender().key(), c.concurrency(), t, mark(t >= MIN_THROUGHPUT_RATIO), MIN_THROUGHPUT_RATIO,
                        u, mark(u <= MAX_CPU_RATIO), MAX_CPU_RATIO, a, mark(a <= MAX_ALLOC_RATIO), MAX_ALLOC_RATIO));
            }
        }
        s.append("\nTargets (adapter ÷ hand-written twin, same run):\n\n");
        verdicts.forEach(v -> s.append(v).append('\n'));
        List<String> notes = new ArrayList<>();
        for (Compare.Cell c : cells) {
            for (LoadRun.Result r : results.get(c)) {
                if (r.firstError() != null) {
                    notes.add("- " + c.contender().key() + " ×" + c.concurrency() + ": first error " + r.firstError());
                    break;
                }
            }
            double started = median(results.get(c), r -> (double) r.cost().threadsStarted() / Math.max(1, r.sends()));
            if (started >= 0.01) {
                notes.add(String.format(Locale.ROOT, "- %s ×%d: %.2f threads started per send (their own allocations are not counted)",
                        c.contender().key(), c.concurrency(), started));
            }
            int lost = Arrays.stream(results.get(c)).mapToInt(r -> r.cost().threadsLost()).max().orElse(0);
            if (lost > 0) {
                notes.add("- " + c.contender().key() + " ×" + c.concurrency() + ": up to " + lost
                        + " threads ended inside a window; their allocations are not counted");
            }
        }
        if (!notes.isEmpty()) {
            s.append("\nNotes:\n\n");
            notes.forEach(n -> s.append(n).append('\n'));
        }
        return s.toString();
    }

    /**
     * The targets of issue 15 that are not a ratio to the row's own twin: the JDK adapter's async
     * rows against the blocking twin on as many threads and against the adapter's own blocking
     * rows at 16 threads, and the latency-bound rows against 90% of what 256 in flight can reach.
     */
    private List<String> extraVerdicts(Compare.Cell c, LoadRun.Result[] rs, double tput, double started) {
        List<String> out = new ArrayList<>();
        String key = c.contender().key();
        if (key.equals(Contenders.JDK_ADAPTER_ASYNC)) {
            LoadRun.Result[] onThreads = find(Contenders.HAND_JDK_ON_THREADS, c.concurrency());
            LoadRun.Result[] blocking16 = find(Contenders.JDK_ADAPTER_BLOCKING, 16);
            LoadRun.Result[] sendAsync = find(Contenders.HAND_JDK_ASYNC, c.concurrency());
            if (sendAsync != null) {
                double r = ratioValue(rs, sendAsync, LoadRun.Result::throughput);
                out.add(String.format(Locale.ROOT, "- %s ×%d: throughput %.2f × the sendAsync twin %s (≥ 3), threads started/send %.3f %s (≤ 0.01)",
                        key, c.concurrency(), r, mark(r >= 3), started, mark(started <= 0.01)));
            }
            if (onThreads != null) {
                out.add(String.format(Locale.ROOT, "- %s ×%d: throughput %.2f × the blocking twin on %d threads",
                        key, c.concurrency(), ratioValue(rs, onThreads, LoadRun.Result::throughput), c.concurrency()));
            }
            if (blocking16 != null) {
                double r = ratioValue(rs, blocking16, LoadRun.Result::throughput);
                out.add(String.format(Locale.ROOT, "- %s ×%d: throughput %.2f × the adapter's own blocking ×16 %s (≥ 0.90)",
                        key, c.concurrency(), r, mark(r >= 0.9)));
            }
        }
        if (key.startsWith(Contenders.SLOW)) {
            double ceiling = c.concurrency() * 1000.0 / Compare.SLOW_SERVER_MILLIS;
            out.add(String.format(Locale.ROOT, "- %s ×%d: %,.0f sends/s = %.2f of %,.0f %s (≥ 0.90)",
                    key, c.concurrency(), tput, tput / ceiling, ceiling, mark(tput >= 0.9 * ceiling)));
        }
        return out;
    }

    private LoadRun.Result[] find(String key, int concurrency) {
        for (Compare.Cell other : cells) {
            if (other.concurrency() == concurrency && other.contender().key().equals(key)) {
                return results.get(other);
            }
        }
        return null;
    }

    private LoadRun.Result[] twinOf(Compare.Cell c) {
        if (c.contender().twin() == null) {
            return null;
        }
        for (Compare.Cell other : cells) {
            if (other.concurrency() == c.concurrency() && other.contender().key().equals(c.contender().twin())) {
                return results.get(other);
            }
        }
        return null;
    }

    private static String ratio(LoadRun.Result[] rs, LoadRun.Result[] twin, ToDoubleFunction<LoadRun.Result> f) {
        return twin == null ? "" : String.format(Locale.ROOT, "%.2f", ratioValue(rs, twin, f));
    }

    private static double ratioValue(LoadRun.Result[] rs, LoadRun.Result[] twin, ToDoubleFunction<LoadRun.Result> f) {
        double[] ratios = new double[rs.length];
        for (int i = 0; i < rs.length; i++) {
            ratios[i] = f.applyAsDouble(rs[i]) / f.applyAsDouble(twin[i]);
        }
        return median(ratios);
    }

    private static double median(LoadRun.Result[] rs, ToDoubleFunction<LoadRun.Result> f) {
        return median(Arrays.stream(rs).mapToDouble(f).toArray());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static String mark(boolean met) {
        return met ? "met" : "**missed**";
    }
}
