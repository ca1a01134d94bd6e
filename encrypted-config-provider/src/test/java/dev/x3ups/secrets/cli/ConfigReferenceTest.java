package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.SealedSecret;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {
    private static final String TOKEN = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[12])
            + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[20]);

    @Test
    void formatsProviderKeyIdAndToken() {
        assertThat(ConfigReference.of("encrypted", SealedSecret.parse("k1", TOKEN)))
                .isEqualTo("${encrypted:k1:" + TOKEN + "}");
    }

    @Test
    void rejectsProviderNamesThatWouldNotParse() {
        assertThatThrownBy(() -> ConfigReference.of("my:provider", SealedSecret.parse("k1", TOKEN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigReference.of("", SealedSecret.parse("k1", TOKEN)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
