package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.it.harness.PluginArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's CLI encrypts, and the archive's provider (as the worker loads it) decrypts. */
class SecretsToolCliTest {

    private static final String PROVIDER = "dev.x3ups.secrets.provider.EncryptedConfigProvider";

    @TempDir
    Path dir;

    @Test
    void aReferenceFromTheToolResolvesThroughTheProvider() throws Exception {
        PluginArchive archive = PluginArchive.fromBuild();
        Path keys = dir.resolve("x3ups.keys");
        SecretsToolCli cli = new SecretsToolCli(archive.pluginDirectory().resolve("lib"), keys);
        cli.keygen("hyg1");
        String secret = "Cli-roundtrip-5e6f7a8b";

        String reference = cli.encrypt(secret);

        assertThat(reference).startsWith("${encrypted:hyg1:v1.").doesNotContain(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rw-------");
        assertThat(archive.serviceEntries(PluginArchive.CONFIG_PROVIDER)).contains(PROVIDER);
        String token = reference.substring("${encrypted:hyg1:".length(), reference.length() - 1);
        try (PluginConnectors plugin = PluginConnectors.fromBuild();
             ConfigProvider provider = plugin.configProvider(PROVIDER, Map.of("key.file", keys.toString()))) {
            assertThat(provider.get("hyg1", Set.of(token)).data()).containsEntry(token, secret);
        }
    }

    @Test
    void aFailingToolReportsWithoutTheSecret() {
        SecretsToolCli cli = new SecretsToolCli(PluginArchive.fromBuild().pluginDirectory().resolve("lib"),
                dir.resolve("missing.keys"));

        assertThatThrownBy(() -> cli.encrypt("Never-shown-3c4d5e6f"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SecretsTool encrypt failed")
                .hasMessageNotContaining("Never-shown-3c4d5e6f");
    }
}
