package dev.x3ups.ups.sink.retirement;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a ledger entry's shipment became final, and whether it has been final long enough to retire
 * (docs/architecture.md, "Retirement"). VOIDED, FAILED and HELD hold no live shipment: final since the entry was
 * written. CREATED is final once UPS reported it delivered or returned ({@code deliveredAt}); without such an
 * event, from {@code renewMaxAge} after the entry was written, the age at which Track Alert renewal already takes
 * a shipment as delivered. PENDING (a ship call or a re-ship under way) is never final.
 */
public final class Finality {
    private final Duration retention;
    private final Duration renewMaxAge;

    public Finality(Duration retention, Duration renewMaxAge) {
        this.retention = retention;
        this.renewMaxAge = renewMaxAge;
    }

    /** When the entry's shipment became final; empty while it is not (or nothing says when it was written). */
    public Optional<Instant> finalSince(ShipmentLedgerEntry entry) {
        return switch (entry.state()) {
            case PENDING -> Optional.empty();
            case VOIDED, FAILED, HELD -> Optional.ofNullable(entry.updatedAt());
            case CREATED -> entry.deliveredAt() != null ? Optional.of(entry.deliveredAt())
                    : Optional.ofNullable(entry.updatedAt()).map(written -> written.plus(renewMaxAge));
        };
    }

    /** Final for longer than the retention at {@code now}. */
    public boolean retirable(ShipmentLedgerEntry entry, Instant now) {
        return finalSince(entry).map(since -> since.plus(retention).isBefore(now)).orElse(false);
    }
}
