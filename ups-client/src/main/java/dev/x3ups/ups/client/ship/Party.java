package dev.x3ups.ups.client.ship;

import java.util.Objects;

/** Shipper, ship-from or ship-to: a name, an optional contact (attention, phone, e-mail) and an address. */
public record Party(String name, String attentionName, String phone, String email, Address address) {
    /** UPS's limit on {@code Name} and {@code AttentionName}. */
    public static final int NAME_MAX = 35;

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        requireFits("name", name);
        requireFits("attention name", attentionName);
    }

    // Refuse rather than truncate: a cut name may reach the wrong person; callers fit names first.
    private static void requireFits(String what, String value) {
        if (value != null && value.length() > NAME_MAX) {
            throw new IllegalArgumentException("UPS takes at most " + NAME_MAX + " characters in a " + what
                    + ", got " + value.length());
        }
    }

    public static Party of(String name, Address address) {
        return new Party(name, null, null, null, address);
    }

    public Party withContact(String attentionName, String phone, String email) {
        return new Party(name, attentionName, phone, email, address);
    }
}
