package dev.x3ups.x3.simulator.data;

import java.util.List;
import java.util.Optional;

/** A customer (BPCUSTOMER) with its delivery addresses. */
public record Customer(String code, List<String> names, List<DeliveryAddress> deliveryAddresses) {

    public Optional<DeliveryAddress> deliveryAddress(String code) {
        return deliveryAddresses.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
