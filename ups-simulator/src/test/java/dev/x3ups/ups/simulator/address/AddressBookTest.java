package dev.x3ups.ups.simulator.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.simulator.network.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressBookTest {
    private final AddressBook book = AddressBook.seeded();

    @Test
    void recognisesAnAddressWhateverItsSpelling() {
        BookAddress spelled = new BookAddress(List.of("26601 aliso creek rd."), "ALISO  VIEJO", "ca", "92656-1234", null,
                null, "us");
        assertThat(book.find(spelled)).get().extracting(BookEntry::verdict).isEqualTo(Verdict.VALID);
        assertThat(book.find(BookAddress.of("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92657", "US")))
                .as("another ZIP is another address").isEmpty();
    }

    @Test
    void seedsEveryVerdictAndBothClassifications() {
        assertThat(AddressBook.SEED).extracting(BookEntry::verdict)
                .contains(Verdict.VALID, Verdict.AMBIGUOUS, Verdict.NO_CANDIDATES);
        assertThat(AddressBook.SEED).extracting(BookEntry::classification)
                .contains(Classification.COMMERCIAL, Classification.RESIDENTIAL);
        assertThat(AddressBook.SEED).filteredOn(e -> e.verdict() == Verdict.AMBIGUOUS)
                .allSatisfy(e -> assertThat(e.candidates().size()).isBetween(2, 3));
        assertThat(book.entries()).hasSize(AddressBook.SEED.size());
    }

    @Test
    void addedEntriesReplaceTheSameAddress() {
        BookAddress address = BookAddress.of("5 Oak Lane", "Reno", "NV", "89501", "US");
        book.add(BookEntry.noCandidates(address));
        book.add(BookEntry.valid(address, Classification.RESIDENTIAL,
                BookAddress.of("5 OAK LN", "RENO", "NV", "89501", "US").withExtension("0001")));
        assertThat(book.entries()).hasSize(AddressBook.SEED.size() + 1);
        assertThat(book.find(address)).get().extracting(BookEntry::verdict).isEqualTo(Verdict.VALID);
    }

    @Test
    void classifiesAShipToFromTheBookOnly() {
        Address residential = new Address(List.of("742 Evergreen Ter"), "Springfield", "IL", "62704", "US", false);
        Address unknown = new Address(List.of("1 Unknown Way"), "Springfield", "IL", "62704", "US", false);
        assertThat(book.classification(residential)).contains(Classification.RESIDENTIAL);
        assertThat(book.classification(unknown)).isEmpty();
    }

    @Test
    void entriesMustBeConsistent() {
        BookAddress a = BookAddress.of("1 A St", "X", "NY", "10001", "US");
        assertThatThrownBy(() -> new BookEntry(a, Verdict.VALID, Classification.COMMERCIAL, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BookEntry.ambiguous(a, Classification.COMMERCIAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookEntry(a, Verdict.NO_CANDIDATES, Classification.UNCLASSIFIED, List.of(a)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
