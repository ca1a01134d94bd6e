package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;

/** An item and a quantity in its sales (or purchase) unit. */
public record DraftLine(String item, BigDecimal quantity) {
}
