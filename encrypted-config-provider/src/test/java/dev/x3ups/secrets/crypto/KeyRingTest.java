package dev.x3ups.secrets.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {
    @Test
    void rejectsKeysThatAreNot256Bits() {
        assertThatThrownBy(() -> new KeyRing(Map.of("k1", new byte[16]), null))
                .isInstanceOf(SecretException.class).hasMessageContaining("'k1' is 16 bytes");
    }

    @Test
    void currentKeyMustBeInTheRing() {
        assertThatThrownBy(() -> TestKeys.ring("k2", "k1", TestKeys.key()))
                .isInstanceOf(SecretException.class).hasMessageContaining("'k2'");
    }

    @Test
    void copiesTheCallersKeyBytes() {
        byte[] key = TestKeys.key();
        byte[] original = key.clone();
        KeyRing ring = TestKeys.ring("k1", "k1", key);
        java.util.Arrays.fill(key, (byte) 0);
        assertThat(ring.secretKey("k1").getEncoded()).isEqualTo(original);
    }

    @Test
    void unknownKeyIdIsNamedWithTheConfiguredIds() {
        KeyRing ring = TestKeys.ring("k1", "k1", TestKeys.key(), "k2", TestKeys.key());
        assertThatThrownBy(() -> ring.secretKey("k9"))
                .isInstanceOf(UnknownKeyException.class)
                .hasMessageContaining("'k9'").hasMessageContaining("k1, k2");
    }

    @Test
    void mergeUnitesKeysAndKeepsTheMarkedCurrent() {
        byte[] k1 = TestKeys.key();
        KeyRing merged = TestKeys.ring(null, "k1", k1).merge(TestKeys.ring("k2", "k2", TestKeys.key(), "k1", k1));
        assertThat(merged.keyIds()).containsExactly("k1", "k2");
        assertThat(merged.currentKeyId()).contains("k2");
    }

    @Test
    void mergeRefusesOneIdWithTwoKeys() {
        KeyRing a = TestKeys.ring(null, "k1", TestKeys.key());
        KeyRing b = TestKeys.ring(null, "k1", TestKeys.key());
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(SecretException.class)
                .hasMessageContaining("'k1' is defined twice");
    }

    @Test
    void mergeRefusesTwoDifferentCurrentKeys() {
        KeyRing a = TestKeys.ring("k1", "k1", TestKeys.key());
        KeyRing b = TestKeys.ring("k2", "k2", TestKeys.key());
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(SecretException.class)
                .hasMessageContaining("'k1'").hasMessageContaining("'k2'");
    }

    @Test
    void closeWipesAndRefusesFurtherUse() {
        KeyRing ring = TestKeys.ring("k1", "k1", TestKeys.key());
        ring.close();
        assertThatThrownBy(() -> ring.secretKey("k1")).isInstanceOf(SecretException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void toStringHoldsNoKeyMaterial() {
        byte[] key = TestKeys.key();
        KeyRing ring = TestKeys.ring("k1", "k1", key);
        assertThat(ring.toString()).contains("k1")
                .doesNotContain(Base64.getEncoder().encodeToString(key))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }
}
