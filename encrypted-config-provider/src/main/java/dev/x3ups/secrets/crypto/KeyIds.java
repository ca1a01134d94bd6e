package dev.x3ups.secrets.crypto;

import java.util.regex.Pattern;

/**
 * Key ids travel in the path part of {@code ${provider:path:key}}, so they may hold neither ':' nor '}'.
 * A conservative alphabet also keeps them safe in JSON, URLs, file names and env variables.
 */
public final class KeyIds {
    /** Reserved in key files and key env variables for the entry that marks the current key. */
    public static final String CURRENT = "current";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private KeyIds() {
    }

    public static boolean isValid(String keyId) {
        return keyId != null && VALID.matcher(keyId).matches() && !CURRENT.equals(keyId);
    }

    /** Validates without echoing the rejected text: a mistaken paste could be a secret. */
    public static String require(String keyId) {
        if (!isValid(keyId)) {
            throw new SecretException("Invalid key id: it must be 1 to 64 characters of A-Z a-z 0-9 _ - and not '"
                    + CURRENT + "'");
        }
        return keyId;
    }
}
