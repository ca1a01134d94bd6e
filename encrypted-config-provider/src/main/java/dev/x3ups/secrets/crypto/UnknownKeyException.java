package dev.x3ups.secrets.crypto;

/** A value names a key id that no configured key source holds. */
public final class UnknownKeyException extends SecretException {
    private static final long serialVersionUID = 1L;

    private final String keyId;

    public UnknownKeyException(String keyId, Iterable<String> knownKeyIds) {
        super("No key with id '" + keyId + "' is configured (configured key ids: "
                + String.join(", ", knownKeyIds) + ")");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
