package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Address;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyFitterTest {

    @Test
    void fitsEveryFieldOfAnAddress() throws Exception {
        Address x3 = new Address("Müller & Söhne GmbH", null, "+49 (89) 123-4567", "einkauf@mueller.example",
                List.of("Lindwurmstraße 1200, Hinterhaus, 3. Obergeschoss links"), "München", null, " 80331 ", "de",
                true);

        Party party = PartyFitter.fit("shipTo", x3);

        assertThat(party.name()).isEqualTo("Mueller & Soehne GmbH");
        assertThat(party.attentionName()).isNull();
        assertThat(party.phone()).isEqualTo("49891234567");
        assertThat(party.email()).isEqualTo("einkauf@mueller.example");
        assertThat(party.address().lines()).containsExactly("Lindwurmstrasse 1200, Hinterhaus,", "3. Obergeschoss links");
        assertThat(party.address().city()).isEqualTo("Muenchen");
        assertThat(party.address().postalCode()).isEqualTo("80331");
        assertThat(party.address().countryCode()).isEqualTo("DE");
        assertThat(party.address().residential()).isTrue();
    }

    @Test
    void refusesACityOverThirtyCharacters() {
        Address x3 = new Address("Welsh Wool Co", null, null, null, List.of("1 Station Rd"),
                "Llanfairpwllgwyngyllgogerychwyrn", null, "LL61 5UJ", "GB", false);

        assertThatThrownBy(() -> PartyFitter.fit("shipTo", x3))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("shipTo.city 'Llanfairpwllgwyngyllgogerychwyrn' has 32 characters; UPS allows 30");
    }

    @Test
    void refusesABadCountryAndAMissingAddress() {
        Address x3 = new Address("Acme", null, null, null, List.of("1 Main St"), "Springfield", null, null, "USA", false);

        assertThatThrownBy(() -> PartyFitter.fit("shipFrom", x3))
                .hasMessage("shipFrom.countryCode 'USA' is not an ISO 3166 two-letter code");
        assertThatThrownBy(() -> PartyFitter.fit("shipTo", null))
                .isInstanceOf(UnshippableOrderException.class).hasMessage("shipTo address is missing");
    }

    @Test
    void refusesAnOverlongEmailRatherThanDroppingIt() {
        Address x3 = new Address("Acme", null, null, "a".repeat(45) + "@example.com", List.of("1 Main St"),
                "Atlanta", "GA", "30336", "US", false);

        assertThatThrownBy(() -> PartyFitter.fit("shipTo", x3)).hasMessage("shipTo.email has 57 characters; UPS allows 50");
    }
}
