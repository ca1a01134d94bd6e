package dev.x3ups.x3.client.auth;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SealedSecret;
import dev.x3ups.secrets.crypto.SecretCipher;
import dev.x3ups.secrets.crypto.SecretException;
import dev.x3ups.secrets.keys.KeyRingLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Seals token records with the encrypted config provider's keys (AES-256-GCM under the current key id), so the
 * token topic holds ciphertext only: {@code <keyId>:<sealed token>}.
 */
final class TokenSealer {
    private final SecretCipher cipher;

    TokenSealer(KeyRing keys) {
        this.cipher = new SecretCipher(keys);
    }

    /** The keys from the same sources as the config provider's {@code key.file} / {@code key.env}. */
    static TokenSealer load(Path keyFile, String keyEnv, Consumer<String> warnings) {
        return new TokenSealer(new KeyRingLoader(System::getenv, warnings)
                .load(Optional.ofNullable(keyFile), Optional.ofNullable(keyEnv)));
    }

    String seal(byte[] plaintext) {
        try {
            SealedSecret sealed = cipher.seal(plaintext);
            return sealed.keyId() + ":" + sealed.token();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The plaintext; a value that is not ours or does not open is an {@link IOException} naming no content. */
    byte[] open(String value) throws IOException {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IOException("a token record is not sealed");
        }
        try {
            return cipher.open(SealedSecret.parse(value.substring(0, colon), value.substring(colon + 1)));
        } catch (SecretException e) {
            throw new IOException("a token record does not open: " + e.getMessage());
        }
    }
}
