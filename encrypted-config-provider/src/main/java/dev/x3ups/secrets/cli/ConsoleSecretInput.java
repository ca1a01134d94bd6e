package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.SecretException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/** Reads the secret typed at a terminal without echoing it. */
final class ConsoleSecretInput implements SecretInput {
    static final String PROMPT = "Secret to encrypt (not echoed): ";

    private final Supplier<char[]> passwordPrompt;

    /** @param passwordPrompt e.g. {@code () -> console.readPassword(PROMPT)}; null when input ended */
    ConsoleSecretInput(Supplier<char[]> passwordPrompt) {
        this.passwordPrompt = passwordPrompt;
    }

    @Override
    public byte[] readSecret() {
        char[] typed = passwordPrompt.get();
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
