package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.ups.tracking.ledger.LedgerShipment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which live, not-final packages are due for a Track call: nothing heard for {@code staleAfter} (counted from
 * the ledger entry when nothing was ever heard), or — without Quantum View — Track Alert unavailable for them
 * (then Track polling is their only channel, {@code unavailableEvery} apart). Taken in tracking-number order
 * after the cursor and wrapping around, so a long list is worked through fairly across passes.
 */
public final class StaleShipments {
    private final PackageWatch watch;
    private final Duration staleAfter;
    private final Duration unavailableEvery;

    public StaleShipments(PackageWatch watch, Duration staleAfter, Duration unavailableEvery) {
        this.watch = watch;
        this.staleAfter = staleAfter;
        this.unavailableEvery = unavailableEvery;
    }

    /** Every due package, sorted by tracking number. */
    public List<String> due(List<LedgerShipment> live, Instant now, boolean quantumViewCovers) {
        return live.stream()
                .filter(s -> !watch.isFinal(s.trackingNumber()))
                .filter(s -> {
                    Instant since = watch.lastHeard(s.trackingNumber())
                            .orElse(s.updatedAt() == null ? Instant.EPOCH : s.updatedAt());
                    Duration limit = s.trackAlertUnavailable() && !quantumViewCovers ? unavailableEvery : staleAfter;
                    return !since.plus(limit).isAfter(now);
                })
                .map(LedgerShipment::trackingNumber)
                .sorted()
                .toList();
    }

    /** Up to {@code max} of {@code due} starting after {@code cursor}, wrapping around. */
    public static List<String> batch(List<String> due, String cursor, int max) {
        if (cursor == null) {
            return due.stream().limit(max).toList();
        }
        return Stream.concat(due.stream().filter(tn -> tn.compareTo(cursor) > 0),
                        due.stream().filter(tn -> tn.compareTo(cursor) <= 0))
                .limit(max).toList();
    }
}
