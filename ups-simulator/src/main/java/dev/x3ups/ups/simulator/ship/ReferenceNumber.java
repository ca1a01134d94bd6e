package dev.x3ups.ups.simulator.ship;

/** A shipper reference number; {@code level} is SHIPMENT or PACKAGE. */
public record ReferenceNumber(String level, String code, String value) {
}
