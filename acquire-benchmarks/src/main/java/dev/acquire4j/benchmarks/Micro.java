package dev.acquire4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ProtocolBenchmarks} with short settings (1 fork, 3 × 1 s warm-up, 5 × 1 s measured,
 * the GC profiler on: about 90 s) and writes a Markdown table of time and bytes per operation. For
 * longer or other runs use JMH's own main: {@code java -cp ... org.openjdk.jmh.Main ProtocolBenchmarks -prof gc}.
 */
public final class Micro {
    private Micro() {}

    /**
     * Runs the benchmarks.
     *
     * @param args {@code [--out FILE]}, default {@code target/benchmarks/micro.md}
     * @throws RunnerException if JMH fails
     * @throws IOException if the table cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length == 2 && args[0].equals("--out") ? args[1] : "target/benchmarks/micro.md");
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ProtocolBenchmarks.class.getName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .build()).run();
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(r -> order(r.getParams().getBenchmark())));
        StringBuilder s = new StringBuilder();
        s.append("JMH, one operation outside the network (1 fork, 3 × 1 s warm-up, 5 × 1 s measured, -prof gc):\n\n");
        s.append("| benchmark | ns/op | ± | B/op |\n|---|---:|---:|---:|\n");
        for (RunResult r : sorted) {
            Result<?> primary = r.getPrimaryResult();
            s.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |%n",
                    shortName(r.getParams().getBenchmark()), primary.getScore(), primary.getScoreError(), bytesPerOp(r)));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, s.toString(), StandardCharsets.UTF_8);
        System.out.print(s);
    }

    /** The GC profiler's normalised allocation rate; the key's prefix differs between JMH versions. */
    @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() returns Map<String, Result> with a raw Result.
    private static double bytesPerOp(RunResult r) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Encoders, then each decoder beside its floor. */
    private static String order(String benchmark) {
        String n = shortName(benchmark);
        String channel = n.replaceFirst("^(encode|decode|floor)", "");
        String kind = n.startsWith("encode") ? "0" : n.startsWith("decode") ? "1" : "2";
        return (kind.equals("0") ? "0" : "1") + channel + kind;
    }
}
