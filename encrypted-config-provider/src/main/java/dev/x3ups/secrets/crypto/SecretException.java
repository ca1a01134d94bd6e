package dev.x3ups.secrets.crypto;

/**
 * Base of every failure to seal or open a secret. Messages name key ids and the malformed part of a
 * value, never key material, ciphertext or plaintext.
 */
public class SecretException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
