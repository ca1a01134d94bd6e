package dev.x3ups.ups.client.ship;

import java.math.BigDecimal;

/** An amount in a currency, from UPS's string-typed {@code MonetaryValue}. */
public record Money(String currency, BigDecimal amount) {
}
