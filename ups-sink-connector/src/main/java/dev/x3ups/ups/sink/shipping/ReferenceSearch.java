package dev.x3ups.ups.sink.shipping;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Finds the tracking numbers of live packages UPS holds under one of our references. */
@FunctionalInterface
public interface ReferenceSearch {

    /** @param shipperNumber our UPS account, may be null when unknown */
    CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber);
}
