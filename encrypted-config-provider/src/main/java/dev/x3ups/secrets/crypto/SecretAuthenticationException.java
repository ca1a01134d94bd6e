package dev.x3ups.secrets.crypto;

/** GCM tag verification failed: the value was altered, or sealed with different key material under the same id. */
public final class SecretAuthenticationException extends SecretException {
    private static final long serialVersionUID = 1L;

    public SecretAuthenticationException(String keyId) {
        // The cause (AEADBadTagException) is deliberately dropped: it adds nothing and keeps the chain short.
        super("Encrypted value failed authentication with key '" + keyId
                + "': it was tampered with, truncated, or encrypted with a different key of the same id");
    }
}
