package dev.x3ups.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@code latest.md}: targets first (met or missed), then every figure by scenario, then notes. */
public final class MarkdownReportWriter {

    public String write(BenchmarkReport report) {
        StringBuilder md = new StringBuilder();
        Machine m = report.machine();
        md.append("# Benchmark results\n\n");
        md.append("Run ").append(m.date()).append(" on ").append(m.cores()).append(" cores, ").append(m.jvm())
                .append(", ").append(m.os()).append(", max heap ").append(m.maxHeapBytes() / (1024 * 1024))
                .append(" MiB, system load average ").append(number(m.loadAverage())).append(" at the start; took ")
                .append(report.elapsed().toSeconds()).append(" s.\n\n");
        md.append("Each figure is the median of the runs, with the smallest and largest run beside it.\n\n");

        md.append("## Targets\n\n| target | measured (median) | verdict |\n|---|---|---|\n");
        for (TargetCheck c : report.checks()) {
            Target t = c.target();
            md.append("| ").append(t.description()).append(" (").append(t.comparison().symbol()).append(' ')
                    .append(java.math.BigDecimal.valueOf(t.threshold()).stripTrailingZeros().toPlainString()).append(") | ")
                    .append(c.actual() == null ? "—" : number(c.actual())).append(" | ")
                    .append(verdict(c.verdict())).append(" |\n");
        }

        Map<String, List<Figure>> byScenario = new LinkedHashMap<>();
        report.figures().forEach(f -> byScenario.computeIfAbsent(f.scenario(), s -> new java.util.ArrayList<>()).add(f));
        for (Map.Entry<String, List<Figure>> e : byScenario.entrySet()) {
            md.append("\n## ").append(e.getKey()).append("\n\n| figure | median | min | max | unit | runs | how |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (Figure f : e.getValue()) {
                md.append("| ").append(f.label()).append(" | ").append(number(f.spread().median())).append(" | ")
                        .append(number(f.spread().min())).append(" | ").append(number(f.spread().max())).append(" | ")
                        .append(f.unit()).append(" | ").append(f.spread().runs().size()).append(" | ")
                        .append(f.note().replace("|", "/")).append(" |\n");
            }
        }

        md.append("\n## Settings\n\n");
        new TreeMap<>(report.settings()).forEach((k, v) -> md.append("* `").append(k).append("` = ").append(v)
                .append('\n'));
        if (!report.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            report.notes().forEach(n -> md.append("* ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String verdict(TargetCheck.Verdict v) {
        return switch (v) {
            case MET -> "met";
            case MISSED -> "**MISSED**";
            case NOT_MEASURED -> "**not measured**";
        };
    }

    /** Three significant digits at most, no exponent: 0.0123, 4.56, 1234. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
