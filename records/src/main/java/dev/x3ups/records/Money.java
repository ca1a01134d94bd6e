package dev.x3ups.records;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount with its ISO 4217 currency code. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
