package dev.x3ups.x3.simulator.data;

import java.util.Map;

/**
 * Writes an address into order header fields. X3 names them by a prefix ({@code BPD} delivery,
 * {@code BPO} ship-from, {@code YSF} shipping site, none for the receiving address), but the
 * address lines field does not always follow it ({@code BPAADDLIG}).
 */
final class HeaderAddress {

    private HeaderAddress() {
    }

    /** Address lines, postal code, city, state and country code. */
    static void put(Map<String, Object> header, String linesField, String prefix, Address address) {
        header.put(linesField, address.lines());
        header.put(prefix + "POSCOD", address.postalCode());
        header.put(prefix + "CTY", address.city());
        header.put(prefix + "SAT", address.state());
        header.put(prefix + "CRY", address.country());
    }
}
