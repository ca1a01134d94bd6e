package dev.x3ups.x3.client.mapping;

import dev.x3ups.records.Address;

/**
 * Where an order row keeps one postal address: the delivery ({@code BPD*}), ship-from ({@code BPO*})
 * and receiving addresses each use their own field names for the same parts.
 */
record PostalFields(String addressLines, String city, String state, String postalCode, String country) {

    /** The address at these fields, under the name, attention and contact details the caller chose. */
    Address address(X3Row row, String name, String attention, String phone, String email) {
        return new Address(name, attention, phone, email,
                AddressLines.of(row.dimensioned(addressLines)),
                row.text(city),
                row.text(state),
                row.text(postalCode),
                RowFields.country(row.text(country)),
                false);
    }
}
