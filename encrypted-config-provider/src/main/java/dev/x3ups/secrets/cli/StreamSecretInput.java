package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.SecretException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the whole of a piped standard input. One trailing line break is dropped, because
 * {@code echo secret |} and here-strings add one that is not part of the secret.
 */
final class StreamSecretInput implements SecretInput {
    private final InputStream in;

    StreamSecretInput(InputStream in) {
        this.in = in;
    }

    @Override
    public byte[] readSecret() {
        byte[] all;
        try {
            all = in.readAllBytes();
        } catch (IOException e) {
            throw new SecretException("Cannot read the secret from standard input: " + e.getClass().getSimpleName());
        }
        int end = all.length;
        if (end > 0 && all[end - 1] == '\n') {
            end--;
            if (end > 0 && all[end - 1] == '\r') {
                end--;
            }
        }
        byte[] secret = Arrays.copyOf(all, end);
        Arrays.fill(all, (byte) 0);
        return secret;
    }
}
