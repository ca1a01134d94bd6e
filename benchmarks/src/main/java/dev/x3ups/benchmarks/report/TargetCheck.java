package dev.x3ups.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A target against what was measured. {@link Verdict#NOT_MEASURED} when its figure is absent (scenario
 * skipped or failed), so a missing number is reported rather than silently passing.
 */
public record TargetCheck(Target target, Verdict verdict, Double actual) {

    public enum Verdict { MET, MISSED, NOT_MEASURED }

    public static List<TargetCheck> evaluate(List<Target> targets, List<Figure> figures) {
        Map<String, Figure> byId = figures.stream().collect(Collectors.toMap(Figure::id, Function.identity(),
                (a, b) -> b));
        return targets.stream().map(t -> {
            Figure f = byId.get(t.figureId());
            if (f == null) {
                return new TargetCheck(t, Verdict.NOT_MEASURED, null);
            }
            double actual = f.spread().median();
            return new TargetCheck(t, t.metBy(actual) ? Verdict.MET : Verdict.MISSED, actual);
        }).toList();
    }
}
