package dev.x3ups.x3.sink;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.sink.intake.RecordDecoder;
import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.report.ErrantRecords;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.testing.InMemoryTarget;
import dev.x3ups.x3.sink.testing.Records;
import dev.x3ups.x3.sink.write.BatchWriter;
import dev.x3ups.x3.sink.write.KnownStates;
import dev.x3ups.x3.sink.write.OrderWriter;
import dev.x3ups.x3.sink.write.Retrier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackingSinkTest {

    private final InMemoryTarget target = new InMemoryTarget();
    private final SinkMetrics metrics = new SinkMetrics();
    private final List<String> dlq = new ArrayList<>();
    private final BatchWriter batchWriter = new BatchWriter(new OrderWriter(target,
            new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES), "UPS"), new KnownStates(100),
            new Retrier(2, Duration.ZERO, Duration.ZERO, d -> { }), metrics, System::nanoTime), 2);
    private final TrackingSink sink = new TrackingSink("SEED", new RecordDecoder("ups.shipments", "ups.tracking"),
            batchWriter, new ErrantRecords((record, error) -> {
                dlq.add(record.kafkaOffset() + ": " + error.getMessage());
                return CompletableFuture.completedFuture(null);
            }, metrics), metrics);

    @AfterEach
    void close() {
        sink.close();
    }

    @Test
    void twentyEventsForOneOrderMakeOneWrite() throws Exception {
        List<SinkRecord> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(Records.record(Records.event("1Z1", i == 19 ? "D" : "I", "2025-01-15T10:%02d:00Z".formatted(i))));
        }
        sink.put(batch);
        assertThat(target.writes).hasSize(1);
        assertThat(target.records.get(OrderKey.parse(ORDER)).statusCode()).isEqualTo("D");
        assertThat(metrics.coalesced()).isEqualTo(19);
    }

    @Test
    void malformedAndRejectedRecordsGoToTheDlqAndTheRestIsWritten() throws Exception {
        String unknown = "SEED:SALES:SO999999";
        target.reject(OrderKey.parse(unknown), "YORDNUM: unknown order SO999999");
        SinkRecord tombstone = new SinkRecord("ups.tracking", 0, null, "1Z9", null, null, 900);
        SinkRecord good = Records.record(Records.created(ORDER, "1Z1"));
        SinkRecord bad = Records.record(Records.created(unknown, "1Z2"));
        sink.put(List.of(tombstone, good, bad));
        assertThat(target.records).containsOnlyKeys(OrderKey.parse(ORDER));
        assertThat(dlq).containsExactlyInAnyOrder("900: malformed record: record has no value (tombstone)",
                bad.kafkaOffset() + ": X3 rejected the tracking of order " + unknown + ": YORDNUM: unknown order SO999999");
        assertThat(metrics.failures()).isEqualTo(2);
    }

    @Test
    void transientFailuresHandTheBatchBackAndARedeliveryFinishesIt() throws Exception {
        List<SinkRecord> batch = List.of(Records.record(Records.created(ORDER, "1Z1")),
                Records.record(Records.event("1Z1", "I", "2025-01-15T20:00:00Z")));
        target.failNext(new X3TransientException("X3 failed (HTTP 500): Internal server error", 500, null),
                new X3TransientException("X3 failed (HTTP 500): Internal server error", 500, null));
        assertThatThrownBy(() -> sink.put(batch)).isInstanceOf(RetriableException.class)
                .hasMessageContaining("Internal server error");
        assertThat(target.writes).isEmpty();
        sink.put(batch);
        assertThat(target.writes).hasSize(1);
        sink.put(batch);
        assertThat(target.writes).hasSize(1);
        assertThat(metrics.retries()).isEqualTo(1);
    }

    @Test
    void refusedCredentialsFailTheTaskWithoutBlamingRecords() {
        target.failNext(new X3AuthenticationException("X3 refused the credentials (HTTP 401)", 401, null));
        assertThatThrownBy(() -> sink.put(List.of(Records.record(Records.created(ORDER, "1Z1")))))
                .isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(dlq).isEmpty();
    }

    @Test
    void ordersOfOtherFoldersAreLeftAlone() throws Exception {
        sink.put(List.of(Records.record(Records.created("OTHER:SALES:SO000001", "1Z1"))));
        assertThat(target.reads).hasValue(0);
        assertThat(dlq).isEmpty();
    }
}
