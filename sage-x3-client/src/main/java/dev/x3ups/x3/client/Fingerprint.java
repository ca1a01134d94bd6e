package dev.x3ups.x3.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit fingerprint of a text (the first 8 bytes of its SHA-256): compact enough to remember for a hundred
 * thousand orders, and unlike {@code hashCode()} no two contents of one order will ever share one in practice.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static long of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
