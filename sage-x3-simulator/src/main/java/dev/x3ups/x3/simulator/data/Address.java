package dev.x3ups.x3.simulator.data;

import java.util.List;

/** A postal address as X3 keeps it (BPADDRESS / FACILITY): up to three lines, state as a subdivision code. */
public record Address(String code, List<String> lines, String postalCode, String city, String state,
                      String country, String countryName) {
}
