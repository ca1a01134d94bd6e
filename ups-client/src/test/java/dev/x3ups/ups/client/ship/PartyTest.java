package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyTest {

    private static final Address ATLANTA = new Address(List.of("1200 Fulton Industrial Blvd SW"), "Atlanta", "GA",
            "30336", "US", false);

    @Test
    void acceptsNamesOfExactlyThirtyFiveCharacters() {
        String name = "A".repeat(Party.NAME_MAX);

        assertThat(Party.of(name, ATLANTA).withContact(name, null, null).attentionName()).hasSize(35);
    }

    @Test
    void refusesALongerNameInsteadOfCuttingIt() {
        assertThatThrownBy(() -> Party.of("Société Générale de Café et de Thé de Paris", ATLANTA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 35 characters in a name");
    }

    @Test
    void refusesALongerAttentionName() {
        assertThatThrownBy(() -> Party.of("ACME", ATLANTA).withContact("B".repeat(36), null, null))
                .hasMessageContaining("attention name, got 36");
    }
}
