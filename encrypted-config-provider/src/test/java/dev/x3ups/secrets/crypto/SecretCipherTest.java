package dev.x3ups.secrets.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static final String PLAINTEXT = "X3-admin-P@ssw0rd-ünïcode";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void roundTrip() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k1", "k1", TestKeys.key()));
        SealedSecret sealed = cipher.seal(bytes(PLAINTEXT));
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.token()).doesNotContain(PLAINTEXT);
        assertThat(text(cipher.open(SealedSecret.parse("k1", sealed.token())))).isEqualTo(PLAINTEXT);
    }

    @Test
    void everySealUsesAFreshIv() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k1", "k1", TestKeys.key()));
        SealedSecret a = cipher.seal(bytes(PLAINTEXT));
        SealedSecret b = cipher.seal(bytes(PLAINTEXT));
        assertThat(a.iv()).isNotEqualTo(b.iv());
        assertThat(a.token()).isNotEqualTo(b.token());
        assertThat(a.iv()).hasSize(12);
    }

    @Test
    void unknownKeyIdIsNamedAndNothingSecretLeaks() {
        byte[] key = TestKeys.key();
        SealedSecret sealed = new SecretCipher(TestKeys.ring("k2026a", "k2026a", key)).seal(bytes(PLAINTEXT));
        SecretCipher other = new SecretCipher(TestKeys.ring("k2026b", "k2026b", TestKeys.key()));

        assertThatThrownBy(() -> other.open(sealed))
                .isInstanceOf(UnknownKeyException.class)
                .hasMessageContaining("'k2026a'")
                .satisfies(e -> assertThat(((UnknownKeyException) e).keyId()).isEqualTo("k2026a"))
                .message()
                .doesNotContain(PLAINTEXT)
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key))
                .doesNotContain(Base64.getEncoder().encodeToString(key))
                .doesNotContain(sealed.token());
    }

    @Test
    void wrongKeyUnderTheSameIdFailsAuthenticationNamingTheKeyId() {
        byte[] rightKey = TestKeys.key();
        byte[] wrongKey = TestKeys.key();
        SealedSecret sealed = new SecretCipher(TestKeys.ring("k1", "k1", rightKey)).seal(bytes(PLAINTEXT));

        assertThatThrownBy(() -> new SecretCipher(TestKeys.ring("k1", "k1", wrongKey)).open(sealed))
                .isInstanceOf(SecretAuthenticationException.class)
                .hasMessageContaining("'k1'")
                .hasMessageContaining("failed authentication")
                .hasNoCause()
                .message()
                .doesNotContain(PLAINTEXT)
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(wrongKey))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(rightKey));
    }

    @Test
    void tamperedCiphertextFailsAuthentication() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k1", "k1", TestKeys.key()));
        SealedSecret sealed = cipher.seal(bytes(PLAINTEXT));
        byte[] ciphertext = sealed.ciphertext();
        ciphertext[0] ^= 0x01;
        SealedSecret tampered = new SealedSecret("k1", sealed.iv(), ciphertext);

        assertThatThrownBy(() -> cipher.open(tampered))
                .isInstanceOf(SecretAuthenticationException.class)
                .hasMessageContaining("tampered");
    }

    @Test
    void tamperedIvFailsAuthentication() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k1", "k1", TestKeys.key()));
        SealedSecret sealed = cipher.seal(bytes(PLAINTEXT));
        byte[] iv = sealed.iv();
        iv[11] ^= 0x40;
        assertThatThrownBy(() -> cipher.open(new SealedSecret("k1", iv, sealed.ciphertext())))
                .isInstanceOf(SecretAuthenticationException.class);
    }

    @Test
    void keyIdIsBoundAsAssociatedData() {
        // Same key material under two ids: moving a token to the other id must still fail.
        byte[] key = TestKeys.key();
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k1", "k1", key, "k2", key.clone()));
        SealedSecret sealed = cipher.seal(bytes(PLAINTEXT));
        assertThatThrownBy(() -> cipher.open(SealedSecret.parse("k2", sealed.token())))
                .isInstanceOf(SecretAuthenticationException.class)
                .hasMessageContaining("'k2'");
    }

    @Test
    void rotationKeepsOldValuesReadableAndSealsWithTheNewKey() {
        byte[] oldKey = TestKeys.key();
        SealedSecret old = new SecretCipher(TestKeys.ring("k2026a", "k2026a", oldKey)).seal(bytes("old secret"));

        SecretCipher rotated = new SecretCipher(TestKeys.ring("k2026b", "k2026a", oldKey, "k2026b", TestKeys.key()));
        assertThat(text(rotated.open(old))).isEqualTo("old secret");

        SealedSecret fresh = rotated.seal(bytes("new secret"));
        assertThat(fresh.keyId()).isEqualTo("k2026b");
        assertThat(text(rotated.open(fresh))).isEqualTo("new secret");
    }

    @Test
    void sealWithAnExplicitKeyId() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k2", "k1", TestKeys.key(), "k2", TestKeys.key()));
        assertThat(cipher.seal("k1", bytes(PLAINTEXT)).keyId()).isEqualTo("k1");
        assertThatThrownBy(() -> cipher.seal("k3", bytes(PLAINTEXT)))
                .isInstanceOf(UnknownKeyException.class).hasMessageContaining("'k3'");
    }

    @Test
    void sealWithoutACurrentKeyExplainsIt() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring(null, "k1", TestKeys.key(), "k2", TestKeys.key()));
        assertThatThrownBy(() -> cipher.seal(bytes(PLAINTEXT)))
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("No current key").hasMessageContaining("k1, k2");
    }

    @Test
    void emptyPlaintextRoundTrips() {
        SecretCipher cipher = new SecretCipher(TestKeys.ring("k1", "k1", TestKeys.key()));
        assertThat(cipher.open(cipher.seal(new byte[0]))).isEmpty();
    }
}
