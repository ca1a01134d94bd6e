package dev.x3ups.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void toStringHidesTheValue() {
        Secret secret = Secret.of("Connector#2025");
        assertThat(secret.toString()).doesNotContain("Connector").isEqualTo("[hidden]");
        assertThat(secret.reveal()).isEqualTo("Connector#2025");
    }

    @Test
    void emptyTextIsNoSecret() {
        assertThat(Secret.ofNullable("")).isNull();
        assertThat(Secret.ofNullable(null)).isNull();
        assertThat(Secret.ofNullable("x")).isEqualTo(Secret.of("x"));
    }

    @Test
    void equalValuesAreEqualButTheHashTellsNothing() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
        assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of("b").hashCode());
    }

    @Test
    void fingerprintTellsSecretsApartWithoutShowingThem() {
        assertThat(Secret.of("abc").fingerprint()).isEqualTo(Secret.of("abc").fingerprint())
                .isNotEqualTo(Secret.of("abd").fingerprint()).doesNotContain("abc").hasSize(64);
    }
}
