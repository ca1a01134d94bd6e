package dev.x3ups.ups.sink.labels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.Order;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShippingDocument;
import dev.x3ups.ups.client.ship.ShippingLabel;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LabelPublisherTest {
    private final List<LabelDocument> written = new ArrayList<>();
    private final List<String> recoveries = new ArrayList<>();
    private final SinkMetrics metrics = new SinkMetrics();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private final LabelLog log = new LabelLog() {
        @Override
        public CompletableFuture<Void> write(String orderKey, List<LabelDocument> documents) {
            written.addAll(documents);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
        }
    };

    private LabelPublisher publisher(boolean emailed, RecoveryAnswer answer) {
        return new LabelPublisher(log, (number, format) -> {
            recoveries.add(number + ":" + format);
            return answer.answer(number);
        }, LabelFormat.ZPL, order -> emailed, delay -> CompletableFuture.completedFuture(null), Duration.ofMillis(1),
                metrics, clock);
    }

    @Test
    void shipAnswerLabelsAreWrittenOnePerPackageInPackageOrder() {
        Order order = SinkOrders.order("SO1");
        publisher(false, n -> CompletableFuture.failedFuture(new AssertionError("no recovery expected")))
                .shipped(order, "1ZA1", List.of("1ZA1", "1ZA2"),
                        List.of(label("1ZA2", "ZPL"), label("1ZA1", "ZPL"))).join();
        assertThat(written).extracting(LabelDocument::trackingNumber).containsExactly("1ZA1", "1ZA2");
        LabelDocument first = written.get(0);
        assertThat(first.orderKey()).isEqualTo(order.key());
        assertThat(first.site()).isEqualTo("ATL");
        assertThat(first.packageCount()).isEqualTo(2);
        assertThat(first.format()).isEqualTo(DocumentFormat.ZPL);
        assertThat(new String(first.image(), StandardCharsets.UTF_8)).startsWith("^XA").contains("1ZA1");
        assertThat(recoveries).isEmpty();
        assertThat(metrics.labelDocumentsTotal()).isEqualTo(2);
    }

    @Test
    void aFormUpsReturnedAsAnImageFollowsTheShipmentsLabels() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII));
        publisher(false, n -> CompletableFuture.failedFuture(new AssertionError("no recovery expected")))
                .shipped(SinkOrders.order("SO5"), "1ZE1", List.of("1ZE1", "1ZE2"),
                        List.of(label("1ZE1", "ZPL"), label("1ZE2", "ZPL")),
                        List.of(new ShippingDocument("01", "International forms", "PDF", pdf))).join();

        assertThat(written).extracting(LabelDocument::kind)
                .containsExactly(DocumentKind.LABEL, DocumentKind.LABEL, DocumentKind.COMMERCIAL_INVOICE);
        LabelDocument invoice = written.get(2);
        assertThat(invoice.trackingNumber()).isEqualTo("1ZE1");
        assertThat(invoice.packageSequence()).isEqualTo(2);
        assertThat(invoice.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(new String(invoice.image(), StandardCharsets.US_ASCII)).startsWith("%PDF");
    }

    @Test
    void reconciledShipmentGetsItsLabelsByLabelRecoveryInTheConfiguredFormat() {
        publisher(false, n -> CompletableFuture.completedFuture(new RecoveredShipment("1ZB1", List.of("1ZB1", "1ZB2"),
                List.of(label("1ZB1", "ZPL"), label("1ZB2", "ZPL")))))
                .recovered(SinkOrders.order("SO2"), "1ZB1", List.of("1ZB1", "1ZB2")).join();
        assertThat(recoveries).containsExactly("1ZB1:ZPL");
        assertThat(written).extracting(LabelDocument::packageSequence).containsExactly(1, 2);
    }

    @Test
    void failingRecoveryIsAskedAgainAndAPackageUpsHasNoLabelForIsSkipped() {
        AtomicInteger calls = new AtomicInteger();
        publisher(false, n -> {
            if (n.equals("1ZC1") && calls.getAndIncrement() == 0) {
                return CompletableFuture.failedFuture(new IllegalStateException("UPS unavailable"));
            }
            if (n.equals("1ZC2")) {
                return CompletableFuture.failedFuture(new UpsRejectedException("label recovery", 400, List.of(), null));
            }
            return CompletableFuture.completedFuture(new RecoveredShipment("1ZC1", List.of("1ZC1"),
                    List.of(label("1ZC1", "ZPL"))));
        }).recovered(SinkOrders.order("SO3"), "1ZC1", List.of("1ZC1", "1ZC2")).join();
        assertThat(recoveries).containsExactly("1ZC1:ZPL", "1ZC1:ZPL", "1ZC2:ZPL");
        assertThat(written).extracting(LabelDocument::trackingNumber).containsExactly("1ZC1");
    }

    @Test
    void emailedInboundLabelsPutNothingOnTheTopic() {
        publisher(true, n -> CompletableFuture.failedFuture(new AssertionError("no recovery expected")))
                .shipped(SinkOrders.order("SO4"), "1ZD1", List.of("1ZD1"), List.of(label("1ZD1", "ZPL"))).join();
        assertThat(written).isEmpty();
    }

    @Test
    void voidedDuplicateGetsAVoidRecordPerPackage() {
        publisher(false, n -> CompletableFuture.failedFuture(new AssertionError("no recovery expected")))
                .voided("SEED:SALES:SO5", "1ZE1", List.of("1ZE1", "1ZE2")).join();
        assertThat(written).allMatch(LabelDocument::voided).extracting(LabelDocument::trackingNumber)
                .containsExactly("1ZE1", "1ZE2");
    }

    private static ShippingLabel label(String number, String format) {
        return new ShippingLabel(number, format, Base64.getEncoder().encodeToString(
                ("^XA^FD" + number + "^FS^XZ").getBytes(StandardCharsets.UTF_8)));
    }

    private interface RecoveryAnswer {
        CompletableFuture<RecoveredShipment> answer(String number);
    }
}
