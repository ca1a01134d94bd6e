package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantTimeTest {

    @Test
    void comparesByDigest() {
        byte[] expected = ConstantTime.sha256("secret");
        assertThat(ConstantTime.equal("secret", expected)).isTrue();
        assertThat(ConstantTime.equal("secreT", expected)).isFalse();
        assertThat(ConstantTime.equal("secret-and-more", expected)).isFalse();
        assertThat(ConstantTime.equal(null, expected)).isFalse();
        assertThat(expected).hasSize(32);
    }
}
