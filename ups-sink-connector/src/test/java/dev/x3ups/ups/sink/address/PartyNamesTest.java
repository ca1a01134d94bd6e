package dev.x3ups.ups.sink.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import org.junit.jupiter.api.Test;

class PartyNamesTest {

    @Test
    void namesThatFitAreKept() throws Exception {
        assertThat(PartyNames.fit("shipTo", "Peachtree Outfitters", "Jane Doe"))
                .isEqualTo(new PartyNames.Fitted("Peachtree Outfitters", "Jane Doe"));
    }

    @Test
    void aLongNameContinuesInTheFreeAttentionLineAtASpace() throws Exception {
        PartyNames.Fitted fitted = PartyNames.fit("shipTo", "Internationale Spedition und Logistik GmbH & Co. KG", null);

        assertThat(fitted).isEqualTo(new PartyNames.Fitted("Internationale Spedition und", "Logistik GmbH & Co. KG"));
    }

    @Test
    void aLongNameIsRefusedWhenTheAttentionLineIsTaken() {
        assertThatThrownBy(() -> PartyNames.fit("shipTo", "Internationale Spedition und Logistik GmbH", "Herr Weber"))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessage("shipTo.name 'Internationale Spedition und Logistik GmbH' has 42 characters; UPS allows 35"
                        + " and the attention line is taken");
    }

    @Test
    void aNameTooLongEvenForTwoLinesIsRefused() {
        assertThatThrownBy(() -> PartyNames.fit("shipTo", "A".repeat(30) + " " + "B".repeat(40), null))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("71 characters")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code())
                        .isEqualTo(UnshippableOrderException.NAME_TOO_LONG));
    }

    @Test
    void aTooLongAttentionIsRefused() {
        assertThatThrownBy(() -> PartyNames.fit("shipFrom", "Acme", "C".repeat(36)))
                .isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("shipFrom.attention")
                .hasMessageContaining("36 characters");
    }

    @Test
    void aPersonWithoutCompanyNameIsShippedUnderTheContactName() throws Exception {
        assertThat(PartyNames.fit("shipTo", null, "Jane Doe")).isEqualTo(new PartyNames.Fitted("Jane Doe", null));
        assertThatThrownBy(() -> PartyNames.fit("shipTo", " ", null))
                .isInstanceOf(UnshippableOrderException.class).hasMessage("shipTo.name is empty");
    }
}
