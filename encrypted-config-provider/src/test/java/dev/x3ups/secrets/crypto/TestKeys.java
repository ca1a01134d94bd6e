package dev.x3ups.secrets.crypto;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** Random keys for tests. */
public final class TestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    public static byte[] key() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static KeyRing ring(String currentId, Object... idsAndKeys) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (int i = 0; i < idsAndKeys.length; i += 2) {
            keys.put((String) idsAndKeys[i], (byte[]) idsAndKeys[i + 1]);
        }
        return new KeyRing(keys, currentId);
    }
}
