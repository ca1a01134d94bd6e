package dev.x3ups.secrets.keys;

import dev.x3ups.secrets.crypto.KeyIds;
import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SecretException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <keyId>=<base64url key>} entries plus an optional {@code current=<keyId>} entry — the
 * common shape of key files (one entry a line) and key env variables (entries separated by commas).
 * Errors point at the entry by number and never quote it: it holds key material.
 */
public final class KeyEntries {
    private KeyEntries() {
    }

    /**
     * @param entries raw entries; blank ones and ones starting with '#' are skipped
     * @param source where the entries came from, for error messages (e.g. "key file /etc/x3ups/keys")
     */
    public static KeyRing parse(List<String> entries, String source) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String current = null;
        try {
            int number = 0;
            for (String raw : entries) {
                number++;
                String entry = raw.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new SecretException("Entry " + number + " of " + source
                            + " is malformed: expected <keyId>=<base64url key> or current=<keyId>");
                }
                String name = entry.substring(0, eq).strip();
                String value = entry.substring(eq + 1).strip();
                if (KeyIds.CURRENT.equals(name)) {
                    if (current != null) {
                        throw new SecretException(source + " marks the current key more than once");
                    }
                    current = KeyIds.require(value);
                    continue;
                }
                if (!KeyIds.isValid(name)) {
                    throw new SecretException("Entry " + number + " of " + source
                            + " has an invalid key id: it must be 1 to 64 characters of A-Z a-z 0-9 _ -");
                }
                if (keys.containsKey(name)) {
                    throw new SecretException("Key id '" + name + "' appears more than once in " + source);
                }
                keys.put(name, decode(name, value, source));
            }
            if (current != null && !keys.containsKey(current)) {
                throw new SecretException(source + " marks '" + current + "' as current but holds no key with that id");
            }
            return new KeyRing(keys, current);
        } finally {
            keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
        }
    }

    private static byte[] decode(String keyId, String value, String source) {
        byte[] key;
        try {
            key = KeyEncoding.decode(value);
        } catch (IllegalArgumentException e) {
            throw new SecretException("Key '" + keyId + "' in " + source + " is not valid base64");
        }
        if (key.length != KeyRing.KEY_BYTES) {
            int length = key.length;
            Arrays.fill(key, (byte) 0);
            throw new SecretException("Key '" + keyId + "' in " + source + " is " + length
                    + " bytes; AES-256 needs " + KeyRing.KEY_BYTES);
        }
        return key;
    }
}
