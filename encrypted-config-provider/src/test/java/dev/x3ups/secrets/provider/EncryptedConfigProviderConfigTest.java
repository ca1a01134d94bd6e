package dev.x3ups.secrets.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptedConfigProviderConfigTest {
    @Test
    void readsBothKeySources() {
        EncryptedConfigProviderConfig config = new EncryptedConfigProviderConfig(
                Map.of("key.file", "/etc/x3ups/keys", "key.env", "X3UPS_KEYS"));
        assertThat(config.keyFile()).contains(Path.of("/etc/x3ups/keys"));
        assertThat(config.keyEnvVariable()).contains("X3UPS_KEYS");
    }

    @Test
    void absentOrBlankSourcesAreEmpty() {
        assertThat(new EncryptedConfigProviderConfig(Map.of()).keyFile()).isEmpty();
        EncryptedConfigProviderConfig blank = new EncryptedConfigProviderConfig(Map.of("key.file", " ", "key.env", ""));
        assertThat(blank.keyFile()).isEmpty();
        assertThat(blank.keyEnvVariable()).isEmpty();
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(new EncryptedConfigProviderConfig(Map.of("key.env", " X3UPS_KEYS ")).keyEnvVariable())
                .contains("X3UPS_KEYS");
    }
}
