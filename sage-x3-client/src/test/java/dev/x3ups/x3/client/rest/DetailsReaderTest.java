package dev.x3ups.x3.client.rest;

import static dev.x3ups.x3.client.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DetailsReaderTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<Duration> pauses = new ArrayList<>();

    private DetailsReader reader(int attempts) {
        return new DetailsReader(TestSupport.http(RequestAuthenticator.NONE), attempts,
                Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void retriesTransientFailuresUntilARecordArrives() throws Exception {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"SOHNUM\":\"SO1\"}"));

        assertThat(reader(4).read(server.url("/SORDER('SO1')")))
                .hasValueSatisfying(record -> assertThat(record.path("SOHNUM").asText()).isEqualTo("SO1"));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(pauses).hasSize(2);
    }

    @Test
    void givesUpWithTheTransientFailureAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(500, "{}"));
        }

        assertThatThrownBy(() -> reader(4).read(server.url("/SORDER('SO1')")))
                .isInstanceOf(X3TransientException.class);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(pauses).hasSize(3);
    }

    @Test
    void rejectionsAndUnknownKeysAreNotRetried() throws Exception {
        server.enqueue(json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Record does not exist\"}]}"));
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Bad representation\"}]}"));

        assertThat(reader(4).read(server.url("/SORDER('GONE')"))).isEmpty();
        assertThatThrownBy(() -> reader(4).read(server.url("/SORDER('SO1')")))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("Bad representation");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anInterruptDuringBackoffStopsRetryingAndKeepsTheFlag() {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, "{}"));
        DetailsReader reader = new DetailsReader(TestSupport.http(RequestAuthenticator.NONE), 4,
                Duration.ofMillis(100), Duration.ofSeconds(1), d -> {
                    throw new InterruptedException();
                });

        assertThatThrownBy(() -> reader.read(server.url("/SORDER('SO1')"))).isInstanceOf(X3TransientException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void backoffGrowsWithJitterAndIsCapped() {
        DetailsReader reader = reader(4);
        for (int i = 0; i < 50; i++) {
            assertThat(reader.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(reader.backoff(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(reader.backoff(10)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        }
    }

    @Test
    void atLeastOneAttemptIsRequired() {
        assertThatThrownBy(() -> reader(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
