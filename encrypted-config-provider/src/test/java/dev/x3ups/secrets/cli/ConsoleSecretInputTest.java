package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.SecretException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleSecretInputTest {
    @Test
    void encodesTheTypedCharactersAsUtf8AndWipesThem() {
        char[] typed = "pässwörd €".toCharArray();
        byte[] secret = new ConsoleSecretInput(() -> typed).readSecret();
        assertThat(new String(secret, StandardCharsets.UTF_8)).isEqualTo("pässwörd €");
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void endOfInputIsAnError() {
        assertThatThrownBy(() -> new ConsoleSecretInput(() -> null).readSecret())
                .isInstanceOf(SecretException.class).hasMessageContaining("No secret was typed");
    }

    @Test
    void noConsoleMeansNoTerminal() {
        assertThat(SecretsTool.isTerminal(null)).isFalse();
    }
}
