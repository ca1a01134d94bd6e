package dev.x3ups.benchmarks.report;

/** A benchmark target held against the median of one figure. */
public record Target(String figureId, String description, Comparison comparison, double threshold) {

    public enum Comparison {
        AT_LEAST("≥"), AT_MOST("≤");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double actual, double threshold) {
            return this == AT_LEAST ? actual >= threshold : actual <= threshold;
        }
    }

    public static Target atLeast(String figureId, String description, double threshold) {
        return new Target(figureId, description, Comparison.AT_LEAST, threshold);
    }

    public static Target atMost(String figureId, String description, double threshold) {
        return new Target(figureId, description, Comparison.AT_MOST, threshold);
    }

    public boolean metBy(double actual) {
        return comparison.holds(actual, threshold);
    }
}
