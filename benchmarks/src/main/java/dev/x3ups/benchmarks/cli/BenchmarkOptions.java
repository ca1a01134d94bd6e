package dev.x3ups.benchmarks.cli;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line knobs. Defaults are the full report's run, scaling at 1k, 10k and 100k orders (about an hour on 2 cores);
 * {@code --quick} scales at 1k, 3k and 10k instead, {@code --scale} grows every scenario's order counts.
 */
public record BenchmarkOptions(int runs, double scale, List<Integer> scalingSizes, Set<String> scenarios,
                               int upsInFlight, Path pluginPath, Path outputDirectory) {

    public static final List<String> ALL_SCENARIOS =
            List.of("ups-sink", "end-to-end", "webhook", "scaling", "source", "address-check", "reconcile",
                    "ledger-history", "x3-economy");
    static final List<Integer> FULL_SCALING = List.of(1_000, 10_000, 100_000);
    static final List<Integer> QUICK_SCALING = List.of(1_000, 3_000, 10_000);

    public BenchmarkOptions {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (scale <= 0) {
            throw new IllegalArgumentException("--scale must be positive");
        }
        scalingSizes = List.copyOf(scalingSizes);
        scenarios = Set.copyOf(scenarios);
    }

    public static BenchmarkOptions parse(String[] args, Path workingDirectory) {
        int runs = 3;
        double scale = 1.0;
        List<Integer> sizes = FULL_SCALING;
        Set<String> scenarios = new LinkedHashSet<>(ALL_SCENARIOS);
        int inFlight = 64;
        Path root = repositoryRoot(workingDirectory);
        Path plugin = root.resolve("distribution/target/plugin");
        Path out = root.resolve("benchmarks/results");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--runs" -> runs = Integer.parseInt(value(args, ++i, arg));
                case "--scale" -> scale = Double.parseDouble(value(args, ++i, arg));
                case "--full" -> sizes = FULL_SCALING;
                case "--quick" -> sizes = QUICK_SCALING;
                case "--scaling-sizes" -> sizes = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                case "--only" -> {
                    scenarios = new LinkedHashSet<>(Arrays.stream(value(args, ++i, arg).split(","))
                            .map(String::trim).toList());
                    scenarios.stream().filter(s -> !ALL_SCENARIOS.contains(s)).findFirst().ifPresent(s -> {
                        throw new IllegalArgumentException("unknown scenario " + s + "; one of " + ALL_SCENARIOS);
                    });
                }
                case "--ups-in-flight" -> inFlight = Integer.parseInt(value(args, ++i, arg));
                case "--plugin-path" -> plugin = Path.of(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        return new BenchmarkOptions(runs, scale, sizes, scenarios, inFlight, plugin, out);
    }

    public boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** {@code base × scale}, at least {@code floor}. */
    public int scaled(int base, int floor) {
        return Math.max(floor, (int) Math.round(base * scale));
    }

    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("runs", Integer.toString(runs));
        m.put("scale", Double.toString(scale));
        m.put("scaling.sizes", scalingSizes.toString());
        m.put("scenarios", ALL_SCENARIOS.stream().filter(scenarios::contains).toList().toString());
        m.put("ups.sink.ship.max.in.flight", Integer.toString(upsInFlight));
        m.put("x3.sink.max.in.flight.orders", Integer.toString(ConnectorConfigs.X3_SINK_IN_FLIGHT));
        return m;
    }

    public static String usage() {
        return """
                usage: java -jar benchmarks/target/benchmarks.jar [options]
                  --runs N             measured runs per figure (default 3; the median is reported)
                  --scale X            multiply every scenario's order and event counts (default 1)
                  --quick              scaling at 1k, 3k and 10k orders (default 1k, 10k, 100k: about an hour)
                  --full               scaling at 1k, 10k and 100k orders (the default)
                  --scaling-sizes a,b  scaling order counts
                  --only s1,s2         scenarios among ups-sink, end-to-end, webhook, scaling, source, address-check,
                                       reconcile, ledger-history, x3-economy
                  --ups-in-flight N    ship.max.in.flight of the UPS sink's concurrent mode (default 64)
                  --plugin-path DIR    exploded plugin archive (default distribution/target/plugin)
                  --out DIR            where latest.json and latest.md go (default benchmarks/results)""";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** The checkout root: the working directory or the first parent holding {@code distribution/}. */
    public static Path repositoryRoot(Path workingDirectory) {
        Path dir = workingDirectory.toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("distribution")) && Files.isDirectory(p.resolve("benchmarks"))) {
                return p;
            }
        }
        return dir;
    }
}
