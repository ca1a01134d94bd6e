package dev.x3ups.x3.simulator.data;

/** A site (FACILITY): warehouse that ships sales orders and receives purchase orders. */
public record Site(String code, String name, String company, Address address, String phone, String email,
                   WeightUnit weightUnit, String currency) {
}
