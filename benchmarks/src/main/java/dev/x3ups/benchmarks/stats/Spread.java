package dev.x3ups.benchmarks.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One figure over repeated runs: the median with the smallest and largest run beside it. */
public record Spread(double median, double min, double max, List<Double> runs) {

    public Spread {
        runs = List.copyOf(runs);
    }

    public static Spread of(List<Double> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a spread needs at least one run");
        }
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(n - 1), runs);
    }
}
