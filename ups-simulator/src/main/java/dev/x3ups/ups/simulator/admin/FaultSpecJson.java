package dev.x3ups.ups.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.fault.CommitDelay;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.Latency;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.http.Json;
import java.time.Duration;

/** Reads and writes {@link FaultSpec} in the admin API's (and the command line's) flat JSON shape. */
public final class FaultSpecJson {
    private FaultSpecJson() {
    }

    public static FaultSpec read(JsonNode n) {
        FaultSpec spec = FaultSpec.none();
        if (n.has("serverErrorRate")) {
            spec = spec.withServerErrorRate(n.get("serverErrorRate").asDouble());
        }
        if (n.has("serverErrorStatus")) {
            spec = spec.withServerErrorStatus(n.get("serverErrorStatus").asInt());
        }
        if (n.has("rateLimitBurst")) {
            JsonNode ra = n.get("retryAfterSeconds");
            spec = spec.withRateLimitBurst(n.get("rateLimitBurst").asInt(),
                    ra == null || ra.isNull() ? null : ra.asInt());
        }
        if (n.hasNonNull("rateLimitCode")) {
            spec = spec.withRateLimitCode(n.get("rateLimitCode").asText());
        }
        if (n.hasNonNull("latencyMillis")) {
            spec = spec.withLatency(Latency.fixed(Duration.ofMillis(n.get("latencyMillis").asLong())));
        }
        if (n.hasNonNull("latencyP50Millis") && n.hasNonNull("latencyP99Millis")) {
            spec = spec.withLatency(Latency.percentiles(Duration.ofMillis(n.get("latencyP50Millis").asLong()),
                    Duration.ofMillis(n.get("latencyP99Millis").asLong())));
        }
        if (n.has("timeoutRate")) {
            TimeoutMode mode = n.hasNonNull("timeoutMode") ? TimeoutMode.valueOf(n.get("timeoutMode").asText())
                    : TimeoutMode.BEFORE_PROCESSING;
            Duration hold = Duration.ofMillis(n.hasNonNull("holdMillis") ? n.get("holdMillis").asLong() : 30_000);
            spec = spec.withTimeouts(n.get("timeoutRate").asDouble(), mode, hold);
        }
        if (n.has("outage")) {
            spec = spec.withOutage(n.get("outage").asBoolean());
        }
        if (n.has("lateCommitRate")) {
            spec = spec.withLateCommits(n.get("lateCommitRate").asDouble(), commitDelay(n));
            if (n.hasNonNull("holdMillis")) {
                spec = spec.withHold(Duration.ofMillis(n.get("holdMillis").asLong()));
            }
        }
        return spec;
    }

    /** {@code commitDelayMillis} (fixed) or {@code commitDelayMinMillis}..{@code commitDelayMaxMillis} (uniform). */
    private static CommitDelay commitDelay(JsonNode n) {
        if (n.hasNonNull("commitDelayMillis")) {
            return CommitDelay.fixed(Duration.ofMillis(n.get("commitDelayMillis").asLong()));
        }
        long max = n.path("commitDelayMaxMillis").asLong(0);
        return CommitDelay.between(Duration.ofMillis(n.path("commitDelayMinMillis").asLong(0)), Duration.ofMillis(max));
    }

    public static ObjectNode write(FaultSpec s) {
        ObjectNode n = Json.object();
        n.put("serverErrorRate", s.serverErrorRate());
        n.put("serverErrorStatus", s.serverErrorStatus());
        n.put("rateLimitBurst", s.rateLimitBurst());
        if (s.retryAfterSeconds() == null) {
            n.putNull("retryAfterSeconds");
        } else {
            n.put("retryAfterSeconds", s.retryAfterSeconds());
        }
        n.put("rateLimitCode", s.rateLimitCode());
        n.put("latencyP50Millis", s.latency().p50().toMillis());
        n.put("latencyP99Millis", s.latency().p99().toMillis());
        n.put("timeoutRate", s.timeoutRate());
        n.put("timeoutMode", s.timeoutMode().name());
        n.put("holdMillis", s.hold().toMillis());
        n.put("outage", s.outage());
        n.put("lateCommitRate", s.lateCommitRate());
        n.put("commitDelayMinMillis", s.commitDelay().min().toMillis());
        n.put("commitDelayMaxMillis", s.commitDelay().max().toMillis());
        return n;
    }
}
