package dev.x3ups.ups.client.pickup;

import dev.x3ups.ups.client.ship.Money;

/**
 * What UPS charges for a pickup: the grand total (taxes included) and whether it was rated as a same-day
 * ({@code SD}) or future-day ({@code FD}) pickup. UPS ignores negotiated rates for pickups.
 */
public record PickupRate(Money total, String rateType) {

    public boolean free() {
        return total != null && total.amount().signum() == 0;
    }
}
