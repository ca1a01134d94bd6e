package dev.x3ups.secrets.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens values with AES-256-GCM. Each value gets a random 96-bit IV; the format version and
 * key id are bound as associated data, so a token moved under another key id fails authentication.
 */
public final class SecretCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final KeyRing keys;
    private final SecureRandom random;

    public SecretCipher(KeyRing keys) {
        this(keys, new SecureRandom());
    }

    SecretCipher(KeyRing keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** Seals with the ring's current key. */
    public SealedSecret seal(byte[] plaintext) {
        String keyId = keys.currentKeyId().orElseThrow(() -> new SecretException(
                "No current key is marked for encryption (configured key ids: "
                        + String.join(", ", keys.keyIds()) + ")"));
        return seal(keyId, plaintext);
    }

    public SealedSecret seal(String keyId, byte[] plaintext) {
        byte[] iv = new byte[SealedSecret.IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.secretKey(keyId),
                    new GCMParameterSpec(SealedSecret.TAG_BYTES * 8, iv));
            cipher.updateAAD(associatedData(keyId));
            return new SealedSecret(keyId, iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new SecretException("Encryption with key '" + keyId + "' failed: " + e.getClass().getSimpleName());
        }
    }

    /** The plaintext bytes; the caller should wipe them when done. */
    public byte[] open(SealedSecret sealed) {
        String keyId = sealed.keyId();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, keys.secretKey(keyId),
                    new GCMParameterSpec(SealedSecret.TAG_BYTES * 8, sealed.iv()));
            cipher.updateAAD(associatedData(keyId));
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new SecretAuthenticationException(keyId);
        } catch (GeneralSecurityException e) {
            throw new SecretException("Decryption with key '" + keyId + "' failed: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] associatedData(String keyId) {
        return ("x3ups-secret:" + SealedSecret.VERSION + ":" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
