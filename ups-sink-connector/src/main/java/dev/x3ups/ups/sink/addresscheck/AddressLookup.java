package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.address.AddressValidationClient;
import dev.x3ups.ups.client.ship.Address;
import java.util.concurrent.CompletableFuture;

/** UPS Address Validation as the address check uses it: street level with classification, or classification only. */
public interface AddressLookup {

    CompletableFuture<AddressCheck> validate(Address address);

    CompletableFuture<AddressCheck> classify(Address address);

    static AddressLookup of(AddressValidationClient client) {
        return new AddressLookup() {
            @Override
            public CompletableFuture<AddressCheck> validate(Address address) {
                return client.validate(address);
            }

            @Override
            public CompletableFuture<AddressCheck> classify(Address address) {
                return client.classify(address);
            }
        };
    }
}
