package dev.x3ups.x3.sink.intake;

import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupState;

/**
 * What X3 is told of the pickup that collects an order: {@code PRN 2929602E9CP 2026-12-08 15:30-18:30} for an
 * on-call pickup, {@code SMART PRN 2929602E9CP 2026-12-08} for a Smart Pickup; nothing for a pickup not (or no
 * longer) booked.
 */
final class PickupText {
    private PickupText() {
    }

    static String of(PickupRecord pickup) {
        if (pickup.state() != PickupState.BOOKED || pickup.prn() == null) {
            return null;
        }
        String text = (pickup.kind() == PickupKind.SMART ? "SMART PRN " : "PRN ") + pickup.prn() + " " + pickup.date();
        return pickup.readyTime() == null || pickup.closeTime() == null ? text
                : text + " " + pickup.readyTime() + "-" + pickup.closeTime();
    }
}
