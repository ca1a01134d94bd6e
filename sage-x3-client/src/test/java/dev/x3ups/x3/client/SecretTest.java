package dev.x3ups.x3.client;

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
}
