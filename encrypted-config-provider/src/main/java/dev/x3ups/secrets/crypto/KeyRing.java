package dev.x3ups.secrets.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys by id, and which one seals new values. Old keys stay in the ring after rotation so
 * values sealed with them still open.
 */
public final class KeyRing implements AutoCloseable {
    public static final int KEY_BYTES = 32;

    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final String currentKeyId;
    private boolean wiped;

    /**
     * @param keys key material by id; copied, so the caller should wipe its own arrays
     * @param currentKeyId the id that seals new values, or null when the ring only opens values
     */
    public KeyRing(Map<String, byte[]> keys, String currentKeyId) {
        for (Map.Entry<String, byte[]> entry : keys.entrySet()) {
            String id = KeyIds.require(entry.getKey());
            if (entry.getValue().length != KEY_BYTES) {
                throw new SecretException("Key '" + id + "' is " + entry.getValue().length
                        + " bytes; AES-256 needs " + KEY_BYTES);
            }
            this.keys.put(id, entry.getValue().clone());
        }
        if (currentKeyId != null && !this.keys.containsKey(currentKeyId)) {
            throw new SecretException("The current key id '" + currentKeyId + "' names no configured key");
        }
        this.currentKeyId = currentKeyId;
    }

    public List<String> keyIds() {
        return Collections.unmodifiableList(new ArrayList<>(keys.keySet()));
    }

    public boolean contains(String keyId) {
        return keys.containsKey(keyId);
    }

    public Optional<String> currentKeyId() {
        return Optional.ofNullable(currentKeyId);
    }

    /** A fresh key object per use; note SecretKeySpec keeps its own copy until garbage collected. */
    SecretKeySpec secretKey(String keyId) {
        if (wiped) {
            throw new SecretException("The key ring has been closed");
        }
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new UnknownKeyException(keyId, keys.keySet());
        }
        return new SecretKeySpec(key, "AES");
    }

    /**
     * A ring holding both rings' keys. Fails when the same id holds different material, which would
     * make values sealed under that id open with only one of them.
     */
    public KeyRing merge(KeyRing other) {
        Map<String, byte[]> all = new LinkedHashMap<>(keys);
        for (Map.Entry<String, byte[]> entry : other.keys.entrySet()) {
            byte[] mine = all.putIfAbsent(entry.getKey(), entry.getValue());
            if (mine != null && !Arrays.equals(mine, entry.getValue())) {
                throw new SecretException("Key id '" + entry.getKey() + "' is defined twice with different keys");
            }
        }
        String current = currentKeyId != null ? currentKeyId : other.currentKeyId;
        if (currentKeyId != null && other.currentKeyId != null && !currentKeyId.equals(other.currentKeyId)) {
            throw new SecretException("Two key sources mark different current keys: '" + currentKeyId
                    + "' and '" + other.currentKeyId + "'");
        }
        return new KeyRing(all, current);
    }

    /** The same keys with the given id marked current. */
    public KeyRing withCurrentKeyId(String keyId) {
        return new KeyRing(keys, keyId);
    }

    /** Overwrites the key bytes this ring holds. */
    @Override
    public void close() {
        keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
        wiped = true;
    }

    @Override
    public String toString() {
        return "KeyRing[keyIds=" + keys.keySet() + ", current=" + currentKeyId + "]";
    }
}
