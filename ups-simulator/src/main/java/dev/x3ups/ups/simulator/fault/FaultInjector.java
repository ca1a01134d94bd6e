package dev.x3ups.ups.simulator.fault;

import dev.x3ups.ups.simulator.ApiEndpoint;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Holds the switched-on faults per endpoint and draws the fate of each request. */
public final class FaultInjector {
    private final Map<ApiEndpoint, FaultSpec> specs = new ConcurrentHashMap<>();
    private final Map<ApiEndpoint, AtomicInteger> burstLeft = new ConcurrentHashMap<>();
    private final Random random;

    public FaultInjector(Random random) {
        this.random = random;
    }

    public void set(ApiEndpoint endpoint, FaultSpec spec) {
        specs.put(endpoint, spec);
        burstLeft.put(endpoint, new AtomicInteger(spec.rateLimitBurst()));
    }

    public FaultSpec get(ApiEndpoint endpoint) {
        return specs.getOrDefault(endpoint, FaultSpec.none());
    }

    public void clear(ApiEndpoint endpoint) {
        specs.remove(endpoint);
        burstLeft.remove(endpoint);
    }

    public void clearAll() {
        specs.clear();
        burstLeft.clear();
    }

    public Map<ApiEndpoint, FaultSpec> snapshot() {
        Map<ApiEndpoint, FaultSpec> out = new EnumMap<>(ApiEndpoint.class);
        out.putAll(specs);
        return out;
    }

    public FaultDecision decide(ApiEndpoint endpoint) {
        FaultSpec spec = specs.get(endpoint);
        if (spec == null) {
            return FaultDecision.pass(0);
        }
        long delay = spec.latency().isNone() ? 0 : Math.max(0, spec.latency().sampleMillis(random));
        if (spec.outage()) {
            return new FaultDecision(FaultDecision.Kind.OUTAGE, delay, null, "10004", 503, null, null, 0);
        }
        AtomicInteger left = burstLeft.get(endpoint);
        if (left != null && left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return new FaultDecision(FaultDecision.Kind.RATE_LIMITED, delay, spec.retryAfterSeconds(),
                    spec.rateLimitCode(), 429, null, null, 0);
        }
        if (spec.serverErrorRate() > 0 && random.nextDouble() < spec.serverErrorRate()) {
            return new FaultDecision(FaultDecision.Kind.SERVER_ERROR, delay, null, "10004", spec.serverErrorStatus(),
                    null, null, 0);
        }
        if (spec.timeoutRate() > 0 && random.nextDouble() < spec.timeoutRate()) {
            return new FaultDecision(FaultDecision.Kind.TIMEOUT, delay, null, null, 0, spec.timeoutMode(), spec.hold(),
                    0);
        }
        if (spec.lateCommitRate() > 0 && random.nextDouble() < spec.lateCommitRate()) {
            return new FaultDecision(FaultDecision.Kind.LATE_COMMIT, delay, null, null, 0, null, spec.hold(),
                    spec.commitDelay().sampleMillis(random));
        }
        return FaultDecision.pass(delay);
    }
}
