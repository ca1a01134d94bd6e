package dev.x3ups.secrets.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyIdsTest {
    @Test
    void acceptsTheSafeAlphabet() {
        assertThat(KeyIds.isValid("k2026a")).isTrue();
        assertThat(KeyIds.isValid("prod_key-01")).isTrue();
        assertThat(KeyIds.isValid("a".repeat(64))).isTrue();
    }

    @Test
    void rejectsWhatWouldBreakAConfigReference() {
        assertThat(KeyIds.isValid("k:1")).isFalse();
        assertThat(KeyIds.isValid("k}1")).isFalse();
        assertThat(KeyIds.isValid("k.1")).isFalse();
        assertThat(KeyIds.isValid("")).isFalse();
        assertThat(KeyIds.isValid(null)).isFalse();
        assertThat(KeyIds.isValid("a".repeat(65))).isFalse();
        assertThat(KeyIds.isValid(KeyIds.CURRENT)).isFalse();
    }

    @Test
    void rejectionDoesNotEchoTheText() {
        assertThatThrownBy(() -> KeyIds.require("hunter2:password"))
                .isInstanceOf(SecretException.class)
                .message().doesNotContain("hunter2");
    }
}
