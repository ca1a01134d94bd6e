package dev.x3ups.benchmarks.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scenario 4: the simulators' request counters turned into calls per order, per status written and per hour. */
final class ApiEconomy {

    static final String UPS_CALLS_PER_ORDER = "economy.ups_calls_per_order";
    static final List<String> UPS_ENDPOINTS = List.of("SHIP", "TRACK_ALERT", "TRACK", "TRACK_REFERENCE", "RATE", "VOID",
            "LABEL_RECOVERY", "QUANTUM_VIEW");
    private static final Map<String, String> NAMES = Map.of("SHIP", "ship", "TRACK_ALERT", "subscribe", "TRACK", "track",
            "TRACK_REFERENCE", "track by reference", "RATE", "rate", "VOID", "void", "LABEL_RECOVERY", "label recovery",
            "QUANTUM_VIEW", "Quantum View");

    private ApiEconomy() {
    }

    /**
     * @param ups     UPS simulator counters by endpoint ({@code SHIP}, {@code TOKEN}, …)
     * @param x3      X3 simulator counters ({@code api1.GET.SORDER.YSOSHIP.$query}, {@code writeback.create}, …)
     * @param seconds wall time the counters cover
     */
    static Map<String, Double> perOrder(Map<String, Long> ups, Map<String, Long> x3, int orders, double seconds) {
        Map<String, Double> m = new LinkedHashMap<>();
        long upsCalls = 0;
        for (String endpoint : UPS_ENDPOINTS) {
            long n = ups.getOrDefault(endpoint, 0L);
            upsCalls += n;
            m.put("economy.ups_" + endpoint.toLowerCase() + "_per_order", (double) n / orders);
        }
        m.put(UPS_CALLS_PER_ORDER, (double) upsCalls / orders);
        long orderReads = sum(x3, k -> k.startsWith("api1.GET.SORDER.") || k.startsWith("api1.GET.PORDER."));
        m.put("economy.x3_reads_per_order_polled", (double) orderReads / orders);
        long statuses = x3.getOrDefault("writeback.create", 0L) + x3.getOrDefault("writeback.update", 0L);
        long writerCalls = sum(x3, k -> k.startsWith("api1.") && k.contains(".YSHIPTRK."));
        m.put("economy.x3_calls_per_status_written", statuses == 0 ? 0 : (double) writerCalls / statuses);
        long tokens = ups.getOrDefault("TOKEN", 0L) + sum(x3, k -> k.startsWith("token."));
        m.put("economy.token_requests_per_hour", tokens / (seconds / 3600));
        return m;
    }

    private static long sum(Map<String, Long> counters, java.util.function.Predicate<String> name) {
        return counters.entrySet().stream().filter(e -> name.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    static String label(String id) {
        return switch (id) {
            case UPS_CALLS_PER_ORDER -> "UPS API calls per order, all endpoints";
            case "economy.x3_reads_per_order_polled" -> "X3 order reads per order polled";
            case "economy.x3_calls_per_status_written" -> "X3 calls (YSHIPTRK) per status written";
            case "economy.token_requests_per_hour" -> "token requests (UPS + X3) per hour of run";
            default -> {
                String endpoint = id.substring("economy.ups_".length(), id.length() - "_per_order".length());
                yield "UPS " + NAMES.getOrDefault(endpoint.toUpperCase(), endpoint) + " calls per order";
            }
        };
    }

    /** How the figure was taken; the token rate needs its caveat. */
    static String note(String id, int orders) {
        String base = "from the simulators' counters, " + orders + "-order runs";
        return id.equals("economy.token_requests_per_hour")
                ? base + "; each task fetches its token at start, so in runs this short the start-up dominates"
                : base;
    }

    static String unit(String id) {
        return switch (id) {
            case "economy.x3_calls_per_status_written" -> "calls/status";
            case "economy.token_requests_per_hour" -> "tokens/h";
            default -> "calls/order";
        };
    }
}
