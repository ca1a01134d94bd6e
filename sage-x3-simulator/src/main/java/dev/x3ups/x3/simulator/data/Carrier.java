package dev.x3ups.x3.simulator.data;

/** A carrier (BPCARRIER). */
public record Carrier(String code, String name, String scac) {
}
