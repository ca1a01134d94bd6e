package dev.x3ups.ups.client.rate;

import dev.x3ups.ups.client.ship.Money;

/** One {@code RatedShipment}: a service with its published and, when asked for, negotiated total. */
public record RatedService(String serviceCode, Money totalCharges, Money negotiatedCharges, String billingWeight,
                           String billingWeightUnit) {

    /** What we would actually pay: the negotiated total when UPS gave one. */
    public Money effectiveCharges() {
        return negotiatedCharges != null ? negotiatedCharges : totalCharges;
    }
}
