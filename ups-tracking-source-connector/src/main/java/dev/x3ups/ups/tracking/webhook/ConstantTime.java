package dev.x3ups.ups.tracking.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Secret comparisons that take the same time however many characters match: both sides are hashed to
 * SHA-256 first (equal lengths, so not even the length leaks) and compared with {@link MessageDigest#isEqual}.
 */
final class ConstantTime {
    private ConstantTime() {
    }

    static boolean equal(String presented, byte[] expectedDigest) {
        if (presented == null) {
            MessageDigest.isEqual(expectedDigest, expectedDigest); // same work either way
            return false;
        }
        return MessageDigest.isEqual(sha256(presented), expectedDigest);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
