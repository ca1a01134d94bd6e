package dev.x3ups.ups.sink.shipping;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Asks the first search, and the second only when the first found nothing (Track, then Quantum View). */
public final class FallbackSearch implements ReferenceSearch {
    private final ReferenceSearch first;
    private final ReferenceSearch second;

    public FallbackSearch(ReferenceSearch first, ReferenceSearch second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber) {
        return first.trackingNumbers(reference, shipperNumber).thenCompose(found -> found.isEmpty()
                ? second.trackingNumbers(reference, shipperNumber)
                : CompletableFuture.completedFuture(found));
    }
}
