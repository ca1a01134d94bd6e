package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamSecretInputTest {
    private static String read(String stdin) {
        byte[] secret = new StreamSecretInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).readSecret();
        return new String(secret, StandardCharsets.UTF_8);
    }

    @Test
    void dropsOneTrailingLineBreak() {
        assertThat(read("s3cret\n")).isEqualTo("s3cret");
        assertThat(read("s3cret\r\n")).isEqualTo("s3cret");
        assertThat(read("s3cret\n\n")).isEqualTo("s3cret\n");
    }

    @Test
    void keepsEverythingElse() {
        assertThat(read("  spaced pässwörd ")).isEqualTo("  spaced pässwörd ");
        assertThat(read("")).isEmpty();
    }
}
