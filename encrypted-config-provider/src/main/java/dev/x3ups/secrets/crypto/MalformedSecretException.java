package dev.x3ups.secrets.crypto;

/** The text of a sealed secret does not follow the format; the message says which part is wrong. */
public final class MalformedSecretException extends SecretException {
    private static final long serialVersionUID = 1L;

    public MalformedSecretException(String message) {
        super("Malformed encrypted value: " + message + " (expected <keyId> and v1.<base64url iv>.<base64url ciphertext>)");
    }
}
