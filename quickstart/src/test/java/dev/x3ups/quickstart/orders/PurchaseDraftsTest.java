package dev.x3ups.quickstart.orders;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseDraftsTest {

    @Test
    void picksTheUpsServiceThatServesTheLane() {
        assertThat(PurchaseDrafts.service("US", "US")).isEqualTo("UGND");
        assertThat(PurchaseDrafts.service("CA", "CA")).isEqualTo("USTD");
        assertThat(PurchaseDrafts.service("CA", "US")).isEqualTo("USTD");
        assertThat(PurchaseDrafts.service("DE", "US")).isEqualTo("UWEX");
        assertThat(PurchaseDrafts.service("US", "GB")).isEqualTo("UWEX");
    }
}
