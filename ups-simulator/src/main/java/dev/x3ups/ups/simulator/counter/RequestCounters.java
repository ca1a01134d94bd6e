package dev.x3ups.ups.simulator.counter;

import dev.x3ups.ups.simulator.ApiEndpoint;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests received and responses sent per endpoint and status, and requests received per reference value
 * (order key; see {@link CallReferences}); lock-free for the benchmarks.
 */
public final class RequestCounters {
    /** Requests and answered statuses of one endpoint; status 0 counts requests never answered. */
    public record EndpointCount(long total, Map<Integer, Long> byStatus) { }

    private final Map<ApiEndpoint, LongAdder> received = new ConcurrentHashMap<>();
    private final Map<ApiEndpoint, Map<Integer, LongAdder>> answered = new ConcurrentHashMap<>();
    private final Map<String, Map<ApiEndpoint, LongAdder>> byReference = new ConcurrentHashMap<>();

    public void received(ApiEndpoint endpoint) {
        received.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
    }

    /** Counts one call about each of these references (a call about two references counts for both). */
    public void receivedFor(ApiEndpoint endpoint, Collection<String> references) {
        for (String ref : references) {
            byReference.computeIfAbsent(ref, r -> new ConcurrentHashMap<>())
                    .computeIfAbsent(endpoint, e -> new LongAdder()).increment();
        }
    }

    /** Calls received about this reference, per endpoint (endpoints without calls are absent). */
    public Map<ApiEndpoint, Long> callsFor(String reference) {
        Map<ApiEndpoint, Long> out = new EnumMap<>(ApiEndpoint.class);
        byReference.getOrDefault(reference, Map.of()).forEach((e, n) -> out.put(e, n.sum()));
        return out;
    }

    /** Every reference seen, with its calls per endpoint. */
    public Map<String, Map<ApiEndpoint, Long>> callsByReference() {
        Map<String, Map<ApiEndpoint, Long>> out = new TreeMap<>();
        byReference.keySet().forEach(ref -> out.put(ref, callsFor(ref)));
        return out;
    }

    /** Every UPS call except token requests: the numerator of "UPS calls per order". */
    public long businessCalls() {
        long total = 0;
        for (ApiEndpoint e : ApiEndpoint.values()) {
            total += e == ApiEndpoint.TOKEN ? 0 : count(e);
        }
        return total;
    }

    public void answered(ApiEndpoint endpoint, int status) {
        answered.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    public long count(ApiEndpoint endpoint) {
        LongAdder a = received.get(endpoint);
        return a == null ? 0 : a.sum();
    }

    public long count(ApiEndpoint endpoint, int status) {
        Map<Integer, LongAdder> m = answered.get(endpoint);
        LongAdder a = m == null ? null : m.get(status);
        return a == null ? 0 : a.sum();
    }

    public Map<ApiEndpoint, EndpointCount> snapshot() {
        Map<ApiEndpoint, EndpointCount> out = new EnumMap<>(ApiEndpoint.class);
        for (ApiEndpoint e : ApiEndpoint.values()) {
            Map<Integer, Long> statuses = new TreeMap<>();
            answered.getOrDefault(e, Map.of()).forEach((s, n) -> statuses.put(s, n.sum()));
            out.put(e, new EndpointCount(count(e), statuses));
        }
        return out;
    }

    public void reset() {
        received.clear();
        answered.clear();
        byReference.clear();
    }
}
