package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.tracking.events.InboundQueue;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.WebhookEventParser;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class WebhookIntakeTest {
    static final String EVENT = """
            {"trackingNumber":"1ZA","gmtActivityDate":"20261120","gmtActivityTime":"101500",
             "activityStatus":{"type":"I","code":"OR","description":"Origin scan"}}""";
    private final TrackingMetrics metrics = new TrackingMetrics();
    private final InboundQueue queue = new InboundQueue(1);

    private WebhookIntake intake(AckMode mode, Duration timeout) {
        return new WebhookIntake(new CredentialHeaderAuthenticator("cred"), new WebhookEventParser(Clock.systemUTC()),
                queue, metrics, mode, timeout, System::nanoTime);
    }

    private static HttpFields headers(String credential, String contentType) {
        HttpFields.Mutable h = HttpFields.build();
        if (credential != null) {
            h.put("credential", credential);
        }
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return h;
    }

    @Test
    void checksCredentialsThenContentType() {
        WebhookIntake intake = intake(AckMode.RECEIVED, Duration.ofSeconds(1));
        assertThat(intake.precheck(headers(null, "application/json"))).isEqualTo(401);
        assertThat(intake.precheck(headers("nope", "application/json"))).isEqualTo(401);
        assertThat(metrics.authFailuresTotal()).isEqualTo(2);
        assertThat(intake.precheck(headers("cred", "text/plain"))).isEqualTo(415);
        assertThat(intake.precheck(headers("cred", null))).isEqualTo(415);
        assertThat(intake.precheck(headers("cred", "application/json; charset=utf-8"))).isZero();
        intake.close();
        assertThat(intake.precheck(headers("cred", "application/json"))).isEqualTo(503);
    }

    @Test
    void receivedModeAnswersOnceQueuedAndFullIs503() {
        WebhookIntake intake = intake(AckMode.RECEIVED, Duration.ofSeconds(1));
        assertThat(intake.accept(EVENT.getBytes(StandardCharsets.UTF_8))).isCompletedWithValue(200);
        assertThat(intake.accept(EVENT.getBytes(StandardCharsets.UTF_8))).isCompletedWithValue(503);
        assertThat(metrics.rejectedFullTotal()).isEqualTo(1);
        assertThat(metrics.receivedTotal(TrackingSource.WEBHOOK)).isEqualTo(2);
    }

    @Test
    void malformedBodiesAre400AndCounted() {
        WebhookIntake intake = intake(AckMode.RECEIVED, Duration.ofSeconds(1));
        assertThat(intake.accept("{oops".getBytes(StandardCharsets.UTF_8))).isCompletedWithValue(400);
        assertThat(metrics.malformedTotal()).isEqualTo(1);
        assertThat(queue.webhookDepth()).isZero();
    }

    @Test
    void committedModeWaitsForTheAcknowledgementOrTimesOut() throws Exception {
        WebhookIntake intake = intake(AckMode.COMMITTED, Duration.ofSeconds(2));
        CompletableFuture<Integer> answer = intake.accept(EVENT.getBytes(StandardCharsets.UTF_8));
        assertThat(answer).isNotDone();
        List<ObservedEvent> queued = new ArrayList<>();
        queue.drain(queued, 10, 0);
        queued.get(0).ack().complete();
        assertThat(answer).isCompletedWithValue(200);

        CompletableFuture<Integer> late = intake.accept(EVENT.getBytes(StandardCharsets.UTF_8));
        assertThat(late.get()).isEqualTo(503);
        assertThat(metrics.ackTimeoutsTotal()).isEqualTo(1);
    }
}
