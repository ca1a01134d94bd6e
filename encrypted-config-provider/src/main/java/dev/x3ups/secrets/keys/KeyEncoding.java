package dev.x3ups.secrets.keys;

import java.security.SecureRandom;
import java.util.Base64;

/** Key material as text: base64url without padding, so it fits env variables and properties files unquoted. */
public final class KeyEncoding {
    private KeyEncoding() {
    }

    public static String encode(byte[] key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** Accepts base64url or standard base64 (with or without padding); throws IllegalArgumentException otherwise. */
    public static byte[] decode(String text) {
        String trimmed = text.trim();
        if (trimmed.indexOf('+') >= 0 || trimmed.indexOf('/') >= 0) {
            return Base64.getDecoder().decode(trimmed);
        }
        return Base64.getUrlDecoder().decode(trimmed);
    }

    public static byte[] generate(SecureRandom random, int bytes) {
        byte[] key = new byte[bytes];
        random.nextBytes(key);
        return key;
    }
}
