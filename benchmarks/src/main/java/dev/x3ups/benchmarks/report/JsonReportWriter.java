package dev.x3ups.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;

/** {@code latest.json}: machine, settings, every figure with its runs, and the verdict on each target. */
public final class JsonReportWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(BenchmarkReport report) {
        ObjectNode root = mapper.createObjectNode();
        Machine m = report.machine();
        root.putObject("machine").put("cores", m.cores()).put("jvm", m.jvm()).put("os", m.os())
                .put("maxHeapBytes", m.maxHeapBytes()).put("loadAverageAtStart", m.loadAverage())
                .put("date", m.date().toString());
        root.put("elapsedSeconds", Math.round(report.elapsed().toMillis() / 100.0) / 10.0);
        ObjectNode settings = root.putObject("settings");
        new TreeMap<>(report.settings()).forEach(settings::put);
        ArrayNode figures = root.putArray("figures");
        for (Figure f : report.figures()) {
            ObjectNode n = figures.addObject();
            n.put("id", f.id()).put("scenario", f.scenario()).put("label", f.label()).put("unit", f.unit())
                    .put("median", round(f.spread().median())).put("min", round(f.spread().min()))
                    .put("max", round(f.spread().max()));
            ArrayNode runs = n.putArray("runs");
            f.spread().runs().forEach(r -> runs.add(round(r)));
            if (!f.note().isEmpty()) {
                n.put("note", f.note());
            }
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetCheck c : report.checks()) {
            ObjectNode n = targets.addObject();
            n.put("figure", c.target().figureId()).put("target", c.target().description())
                    .put("comparison", c.target().comparison().symbol()).put("threshold", c.target().threshold())
                    .put("verdict", c.verdict().name());
            if (c.actual() != null) {
                n.put("actual", round(c.actual()));
            } else {
                n.putNull("actual");
            }
        }
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("report not serializable", e);
        }
    }

    /** Four significant decimals are plenty for any figure here and keep the file readable. */
    static double round(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
