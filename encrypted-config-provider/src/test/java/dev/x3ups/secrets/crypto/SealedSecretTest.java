package dev.x3ups.secrets.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedSecretTest {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String IV = B64.encodeToString(new byte[12]);
    private static final String CT = B64.encodeToString(new byte[20]);

    @Test
    void tokenRoundTripsThroughParse() {
        SealedSecret sealed = new SealedSecret("k1", new byte[12], new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        SealedSecret parsed = SealedSecret.parse("k1", sealed.token());
        assertThat(parsed).isEqualTo(sealed);
        assertThat(sealed.token()).startsWith("v1.").matches("v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void tokenIsSafeInsideAConfigReference() {
        SealedSecret sealed = new SealedSecret("k1", new byte[12], new byte[]{-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16, -17});
        assertThat(sealed.token()).doesNotContain(":", "}", "{", "\"", "/", "+", "=");
    }

    @Test
    void missingKeyIdIsNamed() {
        assertThatThrownBy(() -> SealedSecret.parse("", "v1." + IV + "." + CT))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("key id is missing");
        assertThatThrownBy(() -> SealedSecret.parse(null, "v1." + IV + "." + CT))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("key id is missing");
    }

    @Test
    void invalidKeyIdIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> SealedSecret.parse("my secret", "v1." + IV + "." + CT))
                .isInstanceOf(MalformedSecretException.class)
                .hasMessageContaining("key id is not")
                .message().doesNotContain("my secret");
    }

    @Test
    void wrongNumberOfPartsIsNamed() {
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v1." + IV))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("2 part(s)");
        assertThatThrownBy(() -> SealedSecret.parse("k1", "plain-password"))
                .isInstanceOf(MalformedSecretException.class)
                .hasMessageContaining("1 part(s)")
                .message().doesNotContain("plain-password");
    }

    @Test
    void unsupportedVersionIsNamed() {
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v9." + IV + "." + CT))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("format version");
    }

    @Test
    void badIvIsNamed() {
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v1.***." + CT))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("initialization vector is not valid base64url");
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v1." + B64.encodeToString(new byte[9]) + "." + CT))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("initialization vector is 9 bytes");
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v1.." + CT))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("initialization vector is empty");
    }

    @Test
    void badCiphertextIsNamed() {
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v1." + IV + ".!!"))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("ciphertext is not valid base64url");
        assertThatThrownBy(() -> SealedSecret.parse("k1", "v1." + IV + "." + B64.encodeToString(new byte[15])))
                .isInstanceOf(MalformedSecretException.class).hasMessageContaining("shorter than the 16-byte authentication tag");
    }

    @Test
    void toStringShowsOnlyTheKeyId() {
        assertThat(SealedSecret.parse("k1", "v1." + IV + "." + CT)).hasToString("SealedSecret[keyId=k1]");
    }
}
