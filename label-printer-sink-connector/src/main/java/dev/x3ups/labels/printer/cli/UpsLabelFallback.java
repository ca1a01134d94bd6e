package dev.x3ups.labels.printer.cli;

import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShippingLabel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Labels fetched again from UPS Label Recovery by tracking number, for packages whose documents have left
 * {@code ups.labels} (UPS keeps them for a limited time). They print like topic documents: kind LABEL, site "",
 * the package's position among the tracking numbers asked for.
 */
final class UpsLabelFallback implements AutoCloseable {
    private final Function<String, CompletableFuture<RecoveredShipment>> recovery;
    private final LabelFormat format;
    private final Duration timeout;
    private final Clock clock;
    private final AutoCloseable resources;

    UpsLabelFallback(Function<String, CompletableFuture<RecoveredShipment>> recovery, LabelFormat format,
                     Duration timeout, Clock clock) {
        this(recovery, format, timeout, clock, () -> { });
    }

    private UpsLabelFallback(Function<String, CompletableFuture<RecoveredShipment>> recovery, LabelFormat format,
                             Duration timeout, Clock clock, AutoCloseable resources) {
        this.recovery = recovery;
        this.format = format;
        this.timeout = timeout;
        this.clock = clock;
        this.resources = resources;
    }

    static UpsLabelFallback create(UpsClientConfig config, LabelFormat format, Duration timeout) {
        UpsClients ups = UpsClients.create(config);
        return new UpsLabelFallback(number -> ups.labelRecovery().byTrackingNumber(number, format), format, timeout,
                Clock.systemUTC()).closing(ups);
    }

    /** The same fallback, closing {@code clients} when it is closed. */
    UpsLabelFallback closing(AutoCloseable clients) {
        return new UpsLabelFallback(recovery, format, timeout, clock, clients);
    }

    /**
     * The labels of {@code trackingNumbers} (one shipment's packages, in order) that are not in {@code skip}, one
     * list per UPS shipment. A number UPS has nothing for is told to {@code problems} and left out.
     */
    List<List<LabelDocument>> recover(String orderKey, List<String> trackingNumbers, Set<String> skip,
                                      Consumer<String> problems) throws InterruptedException {
        Map<String, List<LabelDocument>> shipments = new LinkedHashMap<>();
        for (int i = 0; i < trackingNumbers.size(); i++) {
            String number = trackingNumbers.get(i);
            if (skip.contains(number)) {
                continue;
            }
            try {
                RecoveredShipment found = recovery.apply(number).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                ShippingLabel label = labelOf(found, number);
                if (label == null) {
                    problems.accept("UPS Label Recovery returned no label of " + number);
                    continue;
                }
                LabelDocument document = new LabelDocument(number, orderKey, "", i + 1, trackingNumbers.size(),
                        DocumentKind.LABEL, formatOf(label), Base64.getMimeDecoder().decode(label.base64Image()),
                        found.shipmentId(), clock.instant(), false);
                shipments.computeIfAbsent(document.shipmentKey(), k -> new ArrayList<>()).add(document);
            } catch (ExecutionException e) {
                problems.accept("UPS Label Recovery of " + number + " failed: " + e.getCause().getMessage());
            } catch (TimeoutException e) {
                problems.accept("UPS Label Recovery of " + number + " did not answer within " + timeout);
            }
        }
        return List.copyOf(shipments.values());
    }

    /** The label of {@code number}; the only one when UPS did not say whose it is. */
    private static ShippingLabel labelOf(RecoveredShipment found, String number) {
        for (ShippingLabel label : found.labels()) {
            if (number.equals(label.trackingNumber()) && label.base64Image() != null) {
                return label;
            }
        }
        return found.labels().size() == 1 && found.labels().get(0).base64Image() != null ? found.labels().get(0) : null;
    }

    private DocumentFormat formatOf(ShippingLabel label) {
        try {
            return label.format() == null ? DocumentFormat.valueOf(format.name())
                    : DocumentFormat.valueOf(label.format().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DocumentFormat.valueOf(format.name());
        }
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
