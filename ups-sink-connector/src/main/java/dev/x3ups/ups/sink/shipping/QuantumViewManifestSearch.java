package dev.x3ups.ups.sink.shipping;

import dev.x3ups.ups.client.quantumview.QuantumViewClient;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent;
import dev.x3ups.ups.client.quantumview.QuantumViewQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Manifest events of a Quantum View outbound subscription over a look-back window (a date range, so files other
 * readers already marked read are included): every manifested package carries our references.
 */
public final class QuantumViewManifestSearch implements ReferenceSearch {
    private static final Duration MAX_LOOKBACK = Duration.ofDays(7);
    private final QuantumViewClient quantumView;
    private final String subscriptionName;
    private final Duration lookback;
    private final Clock clock;

    public QuantumViewManifestSearch(QuantumViewClient quantumView, String subscriptionName, Duration lookback,
                                     Clock clock) {
        this.quantumView = quantumView;
        this.subscriptionName = subscriptionName;
        this.lookback = lookback.compareTo(MAX_LOOKBACK) > 0 ? MAX_LOOKBACK : lookback;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber) {
        LocalDateTime begin = LocalDateTime.ofInstant(clock.instant().minus(lookback), ZoneOffset.UTC);
        return quantumView.events(QuantumViewQuery.between(subscriptionName, begin, null))
                .thenApply(batch -> batch.events().stream()
                        .filter(e -> e.kind() == QuantumViewEvent.Kind.MANIFEST)
                        .filter(e -> shipperNumber == null || e.shipperNumber() == null
                                || shipperNumber.equalsIgnoreCase(e.shipperNumber()))
                        .filter(e -> e.packageReferences().contains(reference)
                                || e.shipmentReferences().contains(reference))
                        .map(QuantumViewEvent::trackingNumber)
                        .filter(n -> n != null && !n.isBlank())
                        .distinct()
                        .toList());
    }
}
