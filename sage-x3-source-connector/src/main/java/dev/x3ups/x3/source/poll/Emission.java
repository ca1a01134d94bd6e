package dev.x3ups.x3.source.poll;

import dev.x3ups.records.Order;
import dev.x3ups.x3.source.offset.OrderOffset;

/** An order to publish, with the partition offset that is safe to commit once it is published. */
record Emission(Order order, OrderOffset offset) {
}
