package dev.acquire4j.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load comparison of the README's performance section: both adapters against their hand-written twins, on
 * one loopback server in a JVM of its own, in one run.
 *
 * <p>Every (contender, concurrency) cell is first warmed up, then measured once per round; the
 * cells run one after another in a fixed order that puts each adapter next to its twin, reversed
 * every other round so that neither always goes first. Each figure is the median over the rounds,
 * and each ratio is the median of the per-round ratios (adapter over twin measured a few seconds
 * apart), which cancels most of the drift of a shared machine.
 *
 * <pre>
 * java -cp ... dev.acquire4j.benchmarks.Compare [--out FILE] [--rounds N] [--window-seconds S] [--warmup-seconds S]
 *     [--only all|blocking|async|jdk|vertx] [--diagnose true]
 * </pre>
 *
 * {@code --only jdk} keeps the java.net.http rows (the twins and the JDK adapter), {@code vertx} the
 * Vert.x ones. {@code --diagnose true} adds a hand-written blocking send made the way the JDK adapter makes it,
 * {@code sendAsync(...).get(timeout)}, to separate that choice's cost from the library's own.
 *
 * Defaults: 5 rounds of 3 s per cell, 2 s of warm-up per cell: about 6 minutes for the 20 cells.
 */
public final class Compare {
    /** How long the second loopback server waits before each answer: a remote API's latency. */
    static final long SLOW_SERVER_MILLIS = 50;

    private Compare() {}

    /**
     * Runs the comparison and writes the Markdown report.
     *
     * @param args see the class description
     * @throws Exception if the run cannot be completed
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path out = Path.of(opts.getOrDefault("--out", "target/benchmarks/load.md"));
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "5"));
        Duration window = Duration.ofMillis((long) (1000 * Double.parseDouble(opts.getOrDefault("--window-seconds", "3"))));
        Duration warmup = Duration.ofMillis((long) (1000 * Double.parseDouble(opts.getOrDefault("--warmup-seconds", "2"))));
        String only = opts.getOrDefault("--only", "all");
        boolean diagnose = Boolean.parseBoolean(opts.getOrDefault("--diagnose", "false"));
        PrintStream log = System.err;

        double loadBefore = Probe.loadAverage();
        Report report;
        try (ServerProcess server = ServerProcess.start(0); ServerProcess slow = ServerProcess.start(SLOW_SERVER_MILLIS);
                Contenders contenders = new Contenders(server.baseUri(), slow.baseUri(), diagnose)) {
            log.printf("server pid %d on %s; driver pid %d%n", server.pid(), server.baseUri(), ProcessHandle.current().pid());
            List<Cell> cells = new ArrayList<>();
            for (int concurrency : List.of(1, 16, 64, 256)) {
                for (Contender c : contenders.all()) {
                    boolean wanted = switch (only) {
                        case "all" -> true;
                        case "jdk" -> c.key().contains("JDK") || c.key().contains("java.net.http");
                        case "vertx" -> c.key().contains("Vert.x");
                        default -> only.equals(c.blocking() != null ? "blocking" : "async");
                    };
                    if (wanted && c.concurrencies().contains(concurrency)) {
                        cells.add(new Cell(c, concurrency));
                    }
                }
            }
            report = new Report(cells, rounds, window, warmup);
            for (Cell cell : cells) {
                LoadRun.Result r = measure(cell, warmup);
                log.printf("warm-up  %-45s x%-3d %8.0f sends/s%n", cell.contender().key(), cell.concurrency(), r.throughput());
            }
            for (int round = 0; round < rounds; round++) {
                List<Cell> order = new ArrayList<>(cells);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (Cell cell : order) {
                    LoadRun.Result r = measure(cell, window);
                    report.add(round, cell, r);
                    log.printf("round %d  %-45s x%-3d %8.0f sends/s  p50 %6.2f ms  p99 %6.2f ms  %6.1f us cpu  %7.0f B  %.2f threads/send%s%n",
                            round + 1, cell.contender().key(), cell.concurrency(), r.throughput(), r.p50Nanos() / 1e6,
                            r.p99Nanos() / 1e6, r.cpuNanosPerSend() / 1e3, r.bytesPerSend(),
                            (double) r.cost().threadsStarted() / Math.max(1, r.sends()),
                            r.errors() > 0 ? "  errors " + r.errors() + " (" + r.firstError() + ")" : "");
                }
            }
        }
        String md = report.markdown(loadBefore, Probe.loadAverage());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.print(md);
        System.out.flush();
        // The Vert.x and JDK client threads are daemons or closed; nothing is left to wait for.
        System.exit(0);
    }

    /** One contender at one concurrency. */
    record Cell(Contender contender, int concurrency) {}

    private static LoadRun.Result measure(Cell cell, Duration window) throws InterruptedException {
        // The previous cell's garbage is collected outside this cell's window.
        System.gc();
        Thread.sleep(200);
        return LoadRun.run(cell.contender(), cell.concurrency(), window);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: Compare [--out FILE] [--rounds N] [--window-seconds S] [--warmup-seconds S] [--only all|blocking|async|jdk|vertx] [--diagnose true]");
            }
            opts.put(args[i], args[++i]);
        }
        return opts;
    }
}
