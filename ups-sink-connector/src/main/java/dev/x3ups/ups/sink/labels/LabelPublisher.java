package dev.x3ups.ups.sink.labels;

import dev.x3ups.client.Failures;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.Order;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShippingDocument;
import dev.x3ups.ups.client.ship.ShippingLabel;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.shipping.Delays;
import dev.x3ups.ups.sink.shipping.LabelSink;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a shipment's labels on the labels topic before its CREATED ledger entry is written, so a CREATED order
 * always has them there. Labels UPS returned with the ship answer are written as they are; a shipment found by
 * reconciliation (or created before a crash) gets them from Label Recovery by tracking number, in the configured
 * format. A failing recovery (UPS unavailable) is asked again after the interval, as often as needed: the order
 * stays PENDING meanwhile, as during reconciliation. A package UPS no longer has a label for is logged and
 * skipped rather than holding the order forever. Shipments whose label UPS e-mails to the supplier (inbound
 * Electronic Return Labels) put nothing on the topic.
 */
public final class LabelPublisher implements LabelSink {
    private static final Logger LOG = LoggerFactory.getLogger(LabelPublisher.class);
    private final LabelLog log;
    private final BiFunction<String, LabelFormat, CompletableFuture<RecoveredShipment>> recovery;
    private final LabelFormat format;
    private final Predicate<Order> emailed;
    private final Delays delays;
    private final Duration interval;
    private final SinkMetrics metrics;
    private final Clock clock;

    /**
     * @param recovery the ups-client {@code labelRecovery()::byTrackingNumber} in production
     * @param emailed  whether UPS e-mails an order's label (so nothing is printed locally)
     */
    public LabelPublisher(LabelLog log, BiFunction<String, LabelFormat, CompletableFuture<RecoveredShipment>> recovery,
                          LabelFormat format, Predicate<Order> emailed, Delays delays, Duration interval,
                          SinkMetrics metrics, Clock clock) {
        this.log = log;
        this.recovery = recovery;
        this.format = format;
        this.emailed = emailed;
        this.delays = delays;
        this.interval = interval;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Writes the labels of a shipment UPS just created; packages without a label in the answer are recovered. */
    @Override
    public CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                           List<ShippingLabel> labels) {
        return shipped(order, shipmentId, trackingNumbers, labels, List.of());
    }

    /** As above, followed by the forms UPS returned as images (printed with the shipment, after its labels). */
    @Override
    public CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                           List<ShippingLabel> labels, List<ShippingDocument> forms) {
        if (emailed.test(order)) {
            return CompletableFuture.completedFuture(null);
        }
        ShipmentDocuments documents = documents(order, shipmentId, trackingNumbers);
        return recover(order.key(), documents.missing(labels), new ArrayList<>(labels))
                .thenCompose(all -> {
                    List<LabelDocument> written = new ArrayList<>(documents.labels(all, clock.instant()));
                    written.addAll(documents.forms(forms, clock.instant()));
                    return write(order.key(), written);
                });
    }

    /** Writes the labels of a shipment UPS already held (reconciled, or created before a crash) via Label Recovery. */
    @Override
    public CompletableFuture<Void> recovered(Order order, String shipmentId, List<String> trackingNumbers) {
        return shipped(order, shipmentId, trackingNumbers, List.of());
    }

    /**
     * Withdraws a voided duplicate's labels from the printers. Voids are matched by tracking number; where twins
     * are voided the order's site is not at hand, so the records name none.
     */
    @Override
    public CompletableFuture<Void> voided(String orderKey, String shipmentId, List<String> trackingNumbers) {
        return write(orderKey, new ShipmentDocuments(orderKey, "", shipmentId, trackingNumbers, documentFormat())
                .voids(clock.instant()));
    }

    private ShipmentDocuments documents(Order order, String shipmentId, List<String> trackingNumbers) {
        return new ShipmentDocuments(order.key(), order.site(), shipmentId, trackingNumbers, documentFormat());
    }

    private DocumentFormat documentFormat() {
        return DocumentFormat.valueOf(format.name());
    }

    private CompletableFuture<Void> write(String orderKey, List<LabelDocument> documents) {
        return log.write(orderKey, documents).thenRun(() -> {
            metrics.labelDocumentsWritten(documents.size());
            LOG.debug("{} label documents of order {} written", documents.size(), orderKey);
        });
    }

    /** Label Recovery for each package still without a label; one answer usually carries the whole shipment. */
    private CompletableFuture<List<ShippingLabel>> recover(String orderKey, List<String> missing,
                                                           List<ShippingLabel> labels) {
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(labels);
        }
        String number = missing.get(0);
        return recovery.apply(number, format).handle((recovered, error) -> {
            if (error == null) {
                labels.addAll(recovered.labels());
                List<String> still = missing.stream().skip(1)
                        .filter(n -> recovered.labels().stream().noneMatch(l -> n.equals(l.trackingNumber())))
                        .toList();
                warnIfMissing(orderKey, number, recovered);
                return recover(orderKey, still, labels);
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof UpsRejectedException) {
                LOG.warn("UPS has no label for package {} of order {} any more ({}); it is not on the labels topic",
                        number, orderKey, Failures.rootMessage(cause));
                return recover(orderKey, missing.subList(1, missing.size()), labels);
            }
            LOG.warn("Label recovery of package {} of order {} failed, trying again in {}: {}", number, orderKey,
                    interval, Failures.rootMessage(cause));
            return delays.after(interval).thenCompose(v -> recover(orderKey, missing, labels));
        }).thenCompose(f -> f);
    }

    private static void warnIfMissing(String orderKey, String number, RecoveredShipment recovered) {
        if (recovered.labels().stream().noneMatch(l -> number.equals(l.trackingNumber()))) {
            LOG.warn("Label recovery returned no label for package {} of order {}", number, orderKey);
        }
    }
}
