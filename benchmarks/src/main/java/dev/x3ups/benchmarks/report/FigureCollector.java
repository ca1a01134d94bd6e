package dev.x3ups.benchmarks.report;

import dev.x3ups.benchmarks.stats.Spread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers one value per run for each figure of a scenario, in the order figures were first recorded. */
public final class FigureCollector {

    private record Meta(String label, String unit, String note) {
    }

    private final String scenario;
    private final Map<String, Meta> meta = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    public FigureCollector(String scenario) {
        this.scenario = scenario;
    }

    public void record(String id, String label, String unit, String note, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(id + ": not a number (" + value + ")");
        }
        meta.putIfAbsent(id, new Meta(label, unit, note));
        values.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
    }

    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        meta.forEach((id, m) -> out.add(new Figure(id, scenario, m.label(), m.unit(), Spread.of(values.get(id)),
                m.note())));
        return out;
    }
}
