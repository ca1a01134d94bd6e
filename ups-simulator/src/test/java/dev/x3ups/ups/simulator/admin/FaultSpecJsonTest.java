package dev.x3ups.ups.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.fault.CommitDelay;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.http.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecJsonTest {
    @Test
    void readsTheFlatAdminShapeAndWritesItBack() {
        FaultSpec spec = FaultSpecJson.read(Json.parse("{\"serverErrorRate\":0.2,\"rateLimitBurst\":5,"
                + "\"retryAfterSeconds\":null,\"latencyP50Millis\":100,\"latencyP99Millis\":900,\"timeoutRate\":0.1,"
                + "\"timeoutMode\":\"AFTER_PROCESSING\",\"holdMillis\":2000,\"outage\":true}"));
        assertThat(spec.serverErrorRate()).isEqualTo(0.2);
        assertThat(spec.rateLimitBurst()).isEqualTo(5);
        assertThat(spec.retryAfterSeconds()).isNull();
        assertThat(spec.latency().p99()).isEqualTo(Duration.ofMillis(900));
        assertThat(spec.timeoutMode()).isEqualTo(TimeoutMode.AFTER_PROCESSING);
        assertThat(spec.hold()).isEqualTo(Duration.ofSeconds(2));
        assertThat(spec.outage()).isTrue();
        assertThat(FaultSpecJson.read(FaultSpecJson.write(spec))).isEqualTo(spec);
    }

    @Test
    void readsLateCommitsFixedOrUpToAMax() {
        FaultSpec upTo = FaultSpecJson.read(Json.parse(
                "{\"lateCommitRate\":0.3,\"commitDelayMaxMillis\":60000,\"holdMillis\":5000}"));
        assertThat(upTo.lateCommitRate()).isEqualTo(0.3);
        assertThat(upTo.commitDelay()).isEqualTo(CommitDelay.upTo(Duration.ofSeconds(60)));
        assertThat(upTo.hold()).isEqualTo(Duration.ofSeconds(5));
        assertThat(upTo.timeoutRate()).isZero();
        assertThat(FaultSpecJson.read(FaultSpecJson.write(upTo))).isEqualTo(upTo);

        FaultSpec fixed = FaultSpecJson.read(Json.parse("{\"lateCommitRate\":1,\"commitDelayMillis\":9000}"));
        assertThat(fixed.commitDelay()).isEqualTo(CommitDelay.fixed(Duration.ofSeconds(9)));
        assertThat(fixed.hold()).as("the default hold").isEqualTo(Duration.ofSeconds(30));
    }
}
