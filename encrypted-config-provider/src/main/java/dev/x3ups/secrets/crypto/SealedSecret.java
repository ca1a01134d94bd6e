package dev.x3ups.secrets.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * One AES-256-GCM encrypted value: the id of the key that sealed it, plus the token
 * {@code v1.<base64url(iv)>.<base64url(ciphertext+tag)>}.
 *
 * <p>The key id is kept apart from the token because Kafka's {@code ConfigTransformer} splits
 * {@code ${provider:path:key}} at the first two colons: the key id becomes the path, the token the key.
 */
public final class SealedSecret {
    public static final String VERSION = "v1";
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String keyId;
    private final byte[] iv;
    private final byte[] ciphertext;

    SealedSecret(String keyId, byte[] iv, byte[] ciphertext) {
        this.keyId = KeyIds.require(keyId);
        this.iv = iv.clone();
        this.ciphertext = ciphertext.clone();
    }

    /** Parses the path (key id) and key (token) of a config reference. */
    public static SealedSecret parse(String keyId, String token) {
        if (keyId == null || keyId.isEmpty()) {
            throw new MalformedSecretException("the key id is missing");
        }
        if (!KeyIds.isValid(keyId)) {
            throw new MalformedSecretException("the key id is not 1 to 64 characters of A-Z a-z 0-9 _ -");
        }
        if (token == null || token.isEmpty()) {
            throw new MalformedSecretException("the token after the key id is missing");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new MalformedSecretException("the token has " + parts.length
                    + " part(s) separated by '.', expected 3");
        }
        if (!VERSION.equals(parts[0])) {
            throw new MalformedSecretException("the format version is not supported (only " + VERSION + " is)");
        }
        byte[] iv = decode(parts[1], "initialization vector");
        if (iv.length != IV_BYTES) {
            throw new MalformedSecretException("the initialization vector is " + iv.length + " bytes, expected "
                    + IV_BYTES);
        }
        byte[] ciphertext = decode(parts[2], "ciphertext");
        if (ciphertext.length < TAG_BYTES) {
            throw new MalformedSecretException("the ciphertext is " + ciphertext.length
                    + " bytes, shorter than the " + TAG_BYTES + "-byte authentication tag");
        }
        return new SealedSecret(keyId, iv, ciphertext);
    }

    private static byte[] decode(String part, String what) {
        if (part.isEmpty()) {
            throw new MalformedSecretException("the " + what + " is empty");
        }
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new MalformedSecretException("the " + what + " is not valid base64url");
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The part after the key id in a config reference. */
    public String token() {
        return VERSION + "." + ENCODER.encodeToString(iv) + "." + ENCODER.encodeToString(ciphertext);
    }

    byte[] iv() {
        return iv.clone();
    }

    byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedSecret other && keyId.equals(other.keyId)
                && Arrays.equals(iv, other.iv) && Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(iv), Arrays.hashCode(ciphertext));
    }

    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + "]";
    }
}
