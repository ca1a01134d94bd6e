package dev.x3ups.ups.simulator.address;

import dev.x3ups.ups.simulator.network.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses the simulated UPS knows, matched whatever their spelling ({@link BookAddress#key()}). Address
 * Validation answers from it, and Ship and Rate bill by its classification. Seeded with {@link #SEED}; tests and the
 * quickstart add their own entries. An address not in the book is valid and commercial (see the README).
 */
public final class AddressBook {
    /** The seeded entries, documented in the README table "Address book". */
    public static final List<BookEntry> SEED = List.of(
            BookEntry.valid(BookAddress.of("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", "US"),
                    Classification.COMMERCIAL,
                    BookAddress.of("26601 ALISO CREEK RD", "ALISO VIEJO", "CA", "92656", "US").withExtension("3010")),
            BookEntry.valid(BookAddress.of("350 Fifth Avenue", "New York", "NY", "10118", "US"),
                    Classification.COMMERCIAL,
                    BookAddress.of("350 5TH AVE", "NEW YORK", "NY", "10118", "US").withExtension("0110")),
            BookEntry.valid(BookAddress.of("1 Calle Fortaleza", "San Juan", "PR", "00901", "PR"),
                    Classification.COMMERCIAL,
                    BookAddress.of("1 CALLE FORTALEZA", "SAN JUAN", "PR", "00901", "PR").withExtension("1234")
                            .withUrbanization("VIEJO SAN JUAN")),
            BookEntry.valid(BookAddress.of("742 Evergreen Terrace", "Springfield", "IL", "62704", "US"),
                    Classification.RESIDENTIAL,
                    BookAddress.of("742 EVERGREEN TER", "SPRINGFIELD", "IL", "62704", "US").withExtension("5531")),
            BookEntry.valid(BookAddress.of("12 Maple Avenue", "Reno", "NV", "89509", "US"),
                    Classification.RESIDENTIAL,
                    BookAddress.of("12 MAPLE AVE", "RENO", "NV", "89509", "US").withExtension("1402")),
            BookEntry.ambiguous(BookAddress.of("100 Peachtree Street", "Atlanta", "GA", "30303", "US"),
                    Classification.COMMERCIAL,
                    BookAddress.of("100 PEACHTREE ST NE", "ATLANTA", "GA", "30303", "US").withExtension("1801"),
                    BookAddress.of("100 PEACHTREE ST SW", "ATLANTA", "GA", "30303", "US").withExtension("3406")),
            BookEntry.ambiguous(BookAddress.of("10 Elm Street", "Brooklyn", "NY", "11201", "US"),
                    Classification.RESIDENTIAL,
                    BookAddress.of("10 ELM ST APT 1", "BROOKLYN", "NY", "11201", "US").withExtension("4512"),
                    BookAddress.of("10 ELM ST APT 2", "BROOKLYN", "NY", "11201", "US").withExtension("4513"),
                    BookAddress.of("10 ELM ST APT 3", "BROOKLYN", "NY", "11201", "US").withExtension("4514")),
            BookEntry.noCandidates(BookAddress.of("999 Nowhere Road", "Faketown", "TX", "75001", "US")));

    private final Map<String, BookEntry> entries = new LinkedHashMap<>();

    /** A book holding {@link #SEED}. */
    public static AddressBook seeded() {
        AddressBook book = new AddressBook();
        SEED.forEach(book::add);
        return book;
    }

    /** Adds an entry, replacing one with the same key. */
    public synchronized void add(BookEntry entry) {
        entries.put(entry.address().key(), entry);
    }

    public synchronized List<BookEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    public synchronized Optional<BookEntry> find(BookAddress address) {
        return Optional.ofNullable(entries.get(address.key()));
    }

    /** What UPS knows about a ship-to: its book classification, empty when the book does not hold it. */
    public Optional<Classification> classification(Address shipTo) {
        if (shipTo == null) {
            return Optional.empty();
        }
        return find(new BookAddress(shipTo.lines(), shipTo.city(), shipTo.stateProvinceCode(), shipTo.postalCode(),
                null, null, shipTo.countryCode())).map(BookEntry::classification);
    }
}
