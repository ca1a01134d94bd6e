package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.SecretException;
import java.io.Console;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the secret typed at a terminal without echoing it. */
final class ConsoleSecretInput implements SecretInput {
    private final Console console;

    ConsoleSecretInput(Console console) {
        this.console = console;
    }

    @Override
    public byte[] readSecret() {
        char[] typed = console.readPassword("Secret to encrypt (not echoed): ");
        if (typed == null) {
            throw new SecretException("No secret was typed (end of input)");
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
        byte[] secret = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(typed, '\0');
        Arrays.fill(encoded.array(), (byte) 0);
        return secret;
    }
}
