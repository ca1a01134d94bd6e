package dev.x3ups.secrets.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SecretException;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyEntriesTest {
    private static final String K1 = KeyEncoding.encode(KeyEncoding.generate(new SecureRandom(), 32));
    private static final String K2 = KeyEncoding.encode(KeyEncoding.generate(new SecureRandom(), 32));

    @Test
    void readsKeysAndTheCurrentMarkSkippingCommentsAndBlanks() {
        KeyRing ring = KeyEntries.parse(List.of("# keys", "", "k1=" + K1, " k2 = " + K2 + " ", "current=k2"), "test");
        assertThat(ring.keyIds()).containsExactly("k1", "k2");
        assertThat(ring.currentKeyId()).contains("k2");
    }

    @Test
    void severalKeysWithoutAMarkHaveNoCurrent() {
        assertThat(KeyEntries.parse(List.of("k1=" + K1, "k2=" + K2), "test").currentKeyId()).isEmpty();
    }

    @Test
    void malformedEntryIsPointedAtWithoutQuotingIt() {
        assertThatThrownBy(() -> KeyEntries.parse(List.of("k1=" + K1, K2), "key file /x"))
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("Entry 2 of key file /x")
                .message().doesNotContain(K2).doesNotContain(K1);
    }

    @Test
    void invalidKeyIdIsRejected() {
        assertThatThrownBy(() -> KeyEntries.parse(List.of("bad:id=" + K1), "test"))
                .isInstanceOf(SecretException.class).hasMessageContaining("invalid key id")
                .message().doesNotContain(K1);
    }

    @Test
    void wrongKeyLengthNamesTheKeyIdNotTheKey() {
        String shortKey = KeyEncoding.encode(new byte[16]);
        assertThatThrownBy(() -> KeyEntries.parse(List.of("k1=" + shortKey), "test"))
                .isInstanceOf(SecretException.class).hasMessageContaining("'k1'").hasMessageContaining("16 bytes")
                .message().doesNotContain(shortKey);
    }

    @Test
    void invalidBase64NamesTheKeyId() {
        assertThatThrownBy(() -> KeyEntries.parse(List.of("k1=%%%secret%%%"), "test"))
                .isInstanceOf(SecretException.class).hasMessageContaining("'k1'").hasMessageContaining("base64")
                .message().doesNotContain("secret%");
    }

    @Test
    void duplicateKeyIdIsRefused() {
        assertThatThrownBy(() -> KeyEntries.parse(List.of("k1=" + K1, "k1=" + K2), "test"))
                .isInstanceOf(SecretException.class).hasMessageContaining("'k1' appears more than once");
    }

    @Test
    void currentMustNameAKey() {
        assertThatThrownBy(() -> KeyEntries.parse(List.of("k1=" + K1, "current=k2"), "test"))
                .isInstanceOf(SecretException.class).hasMessageContaining("'k2'");
    }

    @Test
    void currentMayOnlyBeMarkedOnce() {
        assertThatThrownBy(() -> KeyEntries.parse(List.of("k1=" + K1, "current=k1", "current=k1"), "test"))
                .isInstanceOf(SecretException.class).hasMessageContaining("more than once");
    }
}
