package dev.x3ups.x3.simulator.data;

import java.util.List;

/** A customer's ship-to address (BPADDRESS row of a customer) with the names and contact used on orders. */
public record DeliveryAddress(Address address, List<String> names, String contact, String phone, String email,
                              String deliveryMode, String carrier) {

    public String code() {
        return address.code();
    }
}
