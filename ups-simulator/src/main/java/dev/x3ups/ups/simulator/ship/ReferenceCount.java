package dev.x3ups.ups.simulator.ship;

/** Shipments created with one reference number: all of them, and those not voided. */
public record ReferenceCount(int created, int live) {
}
