package dev.x3ups.secrets.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyEncodingTest {
    @Test
    void encodesUnpaddedBase64UrlAndDecodesIt() {
        byte[] key = KeyEncoding.generate(new SecureRandom(), 32);
        String text = KeyEncoding.encode(key);
        assertThat(text).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(KeyEncoding.decode(text)).isEqualTo(key);
    }

    @Test
    void alsoAcceptsStandardBase64() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xfb;
        key[1] = (byte) 0xff;
        assertThat(KeyEncoding.decode(Base64.getEncoder().encodeToString(key))).isEqualTo(key);
    }

    @Test
    void generatesDistinctKeysOfTheRequestedSize() {
        SecureRandom random = new SecureRandom();
        assertThat(KeyEncoding.generate(random, 32)).hasSize(32).isNotEqualTo(KeyEncoding.generate(random, 32));
    }

    @Test
    void rejectsNonBase64() {
        assertThatThrownBy(() -> KeyEncoding.decode("not base64 !")).isInstanceOf(IllegalArgumentException.class);
    }
}
