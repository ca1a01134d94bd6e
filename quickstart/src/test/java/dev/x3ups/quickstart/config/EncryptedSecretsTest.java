package dev.x3ups.quickstart.config;

import dev.x3ups.x3.simulator.X3Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Resolves the repository's {@code config/} references with the real provider and the committed demo key. */
class EncryptedSecretsTest {

    private static final Path CONFIG = Path.of("..", "config");
    private static final Path KEYS = CONFIG.resolve(EncryptedSecrets.KEY_FILE);

    @TempDir
    Path dir;

    @Test
    void theCommittedReferencesOpenWithTheDemoKeyToTheSimulatorsCredentials() {
        List<ConnectorConfig> configs = new ConnectorConfigFiles().load(CONFIG).connectors();
        assertThat(configs).hasSize(5);
        assertThat(EncryptedSecrets.referenced(configs)).isTrue();

        try (EncryptedSecrets secrets = EncryptedSecrets.load(KEYS, getClass().getClassLoader())) {
            for (ConnectorConfig config : configs) {
                ConnectorConfig plain = secrets.plaintext(config);
                assertThat(plain.config().values()).as(config.name()).noneMatch(v -> v.contains("${"));
                assertThat(plain.config().keySet()).isEqualTo(config.config().keySet());
                if (config.config().containsKey("x3.password")) {
                    assertThat(plain.get("x3.password")).as(config.name()).isEqualTo(X3Simulator.DEFAULT_PASSWORD);
                }
                if (config.config().containsKey("ups.client.secret")) {
                    assertThat(plain.get("ups.client.secret")).as(config.name()).isNotBlank()
                            .isNotEqualTo(config.get("ups.client.secret"));
                }
            }
        }
    }

    @Test
    void configsWithoutReferencesStayAsTheyAre() {
        ConnectorConfig plain = new ConnectorConfig("c", Map.of("x3.password", "plain", "url", "${file:/x:y}"));

        assertThat(EncryptedSecrets.referenced(List.of(plain))).isFalse();
        try (EncryptedSecrets secrets = EncryptedSecrets.load(KEYS, getClass().getClassLoader())) {
            assertThat(secrets.plaintext(plain).config()).isEqualTo(plain.config());
        }
    }

    @Test
    void theWorkerGetsTheProviderWithTheAbsoluteKeyFile() {
        try (EncryptedSecrets secrets = EncryptedSecrets.load(KEYS, getClass().getClassLoader())) {
            assertThat(secrets.workerConfig()).containsExactly(
                    entry("config.providers", "encrypted"),
                    entry("config.providers.encrypted.class", "dev.x3ups.secrets.provider.EncryptedConfigProvider"),
                    entry("config.providers.encrypted.param.key.file", KEYS.toAbsolutePath().toString()));
        }
    }

    @Test
    void aPluginArchiveWithoutTheProviderIsNamed() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> EncryptedSecrets.load(KEYS, empty))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(EncryptedSecrets.PROVIDER_CLASS).hasMessageContaining("plugin archive");
        }
    }
}
