package dev.x3ups.x3.simulator.data;

import java.util.List;

/** A supplier (BPSUPPLIER) with its ship-from address. */
public record Supplier(String code, String name, List<String> addressNames, Address address, String phone,
                       String email, String currency) {
}
