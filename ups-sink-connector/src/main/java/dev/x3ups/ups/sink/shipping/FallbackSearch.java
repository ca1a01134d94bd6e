package dev.x3ups.ups.sink.shipping;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the searches in turn and stops at the first that finds something (Track, then Quantum View, then Label
 * Recovery): the later ones cost more or see less. A failing search fails the whole look-up, so the reconciler
 * repeats it rather than taking an outage for "not there".
 */
public final class FallbackSearch implements ReferenceSearch {
    private final List<ReferenceSearch> searches;

    public FallbackSearch(List<ReferenceSearch> searches) {
        if (searches.isEmpty()) {
            throw new IllegalArgumentException("at least one reference search is needed");
        }
        this.searches = List.copyOf(searches);
    }

    @Override
    public CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber) {
        return from(0, reference, shipperNumber);
    }

    private CompletableFuture<List<String>> from(int index, String reference, String shipperNumber) {
        return searches.get(index).trackingNumbers(reference, shipperNumber).thenCompose(found ->
                found.isEmpty() && index + 1 < searches.size()
                        ? from(index + 1, reference, shipperNumber)
                        : CompletableFuture.completedFuture(found));
    }
}
