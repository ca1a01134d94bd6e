package dev.x3ups.ups.client.ship;

import java.util.Objects;

/** Shipper, ship-from or ship-to: a name, an optional contact (attention, phone, e-mail) and an address. */
public record Party(String name, String attentionName, String phone, String email, Address address) {
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    public static Party of(String name, Address address) {
        return new Party(name, null, null, null, address);
    }

    public Party withContact(String attentionName, String phone, String email) {
        return new Party(name, attentionName, phone, email, address);
    }
}
