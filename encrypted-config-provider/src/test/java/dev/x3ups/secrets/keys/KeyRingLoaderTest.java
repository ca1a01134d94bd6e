package dev.x3ups.secrets.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SecretException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingLoaderTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static String newKey() {
        return KeyEncoding.encode(KeyEncoding.generate(new SecureRandom(), 32));
    }

    @Test
    void readsKeysFromTheNamedEnvironmentVariable() {
        String value = "current=k2, k1=" + newKey() + ",k2=" + newKey();
        KeyRingLoader loader = new KeyRingLoader(Map.of("X3UPS_KEYS", value)::get, warnings::add);
        try (KeyRing ring = loader.load(Optional.empty(), Optional.of("X3UPS_KEYS"))) {
            assertThat(ring.keyIds()).containsExactly("k1", "k2");
            assertThat(ring.currentKeyId()).contains("k2");
        }
    }

    @Test
    void aSingleKeyIsCurrentWithoutAMark() {
        KeyRingLoader loader = new KeyRingLoader(Map.of("KEYS", "k1=" + newKey())::get, warnings::add);
        try (KeyRing ring = loader.load(Optional.empty(), Optional.of("KEYS"))) {
            assertThat(ring.currentKeyId()).contains("k1");
        }
    }

    @Test
    void unsetEnvironmentVariableIsNamed() {
        KeyRingLoader loader = new KeyRingLoader(Map.<String, String>of()::get, warnings::add);
        assertThatThrownBy(() -> loader.load(Optional.empty(), Optional.of("X3UPS_KEYS")))
                .isInstanceOf(SecretException.class).hasMessageContaining("X3UPS_KEYS is not set");
    }

    @Test
    void mergesAFileAndAnEnvironmentVariable() {
        Path path = dir.resolve("x3ups.keys");
        new KeyFile(path, warnings::add).addCurrentKey("k1", KeyEncoding.generate(new SecureRandom(), 32));
        KeyRingLoader loader = new KeyRingLoader(Map.of("KEYS", "k2=" + newKey())::get, warnings::add);
        try (KeyRing ring = loader.load(Optional.of(path), Optional.of("KEYS"))) {
            assertThat(ring.keyIds()).containsExactly("k1", "k2");
            assertThat(ring.currentKeyId()).contains("k1");
        }
    }

    @Test
    void someKeySourceIsRequired() {
        KeyRingLoader loader = new KeyRingLoader(Map.<String, String>of()::get, warnings::add);
        assertThatThrownBy(() -> loader.load(Optional.empty(), Optional.empty()))
                .isInstanceOf(SecretException.class).hasMessageContaining("No key source");
    }
}
