package dev.x3ups.secrets.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SealedSecret;
import dev.x3ups.secrets.crypto.SecretCipher;
import dev.x3ups.secrets.keys.KeyEncoding;
import dev.x3ups.secrets.keys.KeyFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.ConfigTransformerResult;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider driven by Kafka's own classes: ServiceLoader discovery, ConfigTransformer, AbstractConfig. */
class KafkaIntegrationTest {
    @TempDir
    Path dir;

    private Path keyFile;

    @BeforeEach
    void createKeyFile() {
        keyFile = dir.resolve("x3ups.keys");
        new KeyFile(keyFile, w -> { }).addCurrentKey("k2026a", KeyEncoding.generate(new SecureRandom(), KeyRing.KEY_BYTES));
    }

    private String reference(String plaintext) {
        try (KeyRing ring = new KeyFile(keyFile, w -> { }).read()) {
            SealedSecret sealed = new SecretCipher(ring).seal(plaintext.getBytes(StandardCharsets.UTF_8));
            return "${encrypted:" + sealed.keyId() + ":" + sealed.token() + "}";
        }
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        assertThat(ServiceLoader.load(ConfigProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(EncryptedConfigProvider.class);
    }

    @Test
    void configTransformerResolvesReferencesToPlaintext() {
        EncryptedConfigProvider provider = new EncryptedConfigProvider();
        provider.configure(Map.of("key.file", keyFile.toString()));
        Map<String, String> connectorConfig = new HashMap<>();
        connectorConfig.put("x3.password", reference("x3-password"));
        connectorConfig.put("ups.client.secret", reference("ups-secret"));
        connectorConfig.put("x3.url", "http://x3.example:8124");

        ConfigTransformerResult result = new ConfigTransformer(Map.of("encrypted", provider)).transform(connectorConfig);

        assertThat(result.data())
                .containsEntry("x3.password", "x3-password")
                .containsEntry("ups.client.secret", "ups-secret")
                .containsEntry("x3.url", "http://x3.example:8124");
        assertThat(result.ttls()).isEmpty();
        provider.close();
    }

    @Test
    void aReferenceWithoutKeyIdFailsClearly() {
        EncryptedConfigProvider provider = new EncryptedConfigProvider();
        provider.configure(Map.of("key.file", keyFile.toString()));
        String token = reference("x3-password").replace("${encrypted:k2026a:", "").replace("}", "");
        ConfigTransformer transformer = new ConfigTransformer(Map.of("encrypted", provider));

        assertThatThrownBy(() -> transformer.transform(Map.of("x3.password", "${encrypted:" + token + "}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key id is missing")
                .message().doesNotContain("x3-password");
        provider.close();
    }

    @Test
    void workerStyleProviderConfigurationResolvesAPasswordConfig() {
        Map<String, Object> props = new HashMap<>();
        props.put("x3.password", reference("worker-resolved"));
        Map<String, String> providerProps = Map.of(
                "config.providers", "encrypted",
                "config.providers.encrypted.class", EncryptedConfigProvider.class.getName(),
                "config.providers.encrypted.param.key.file", keyFile.toString());
        ConfigDef definition = new ConfigDef().define("x3.password", ConfigDef.Type.PASSWORD,
                ConfigDef.Importance.HIGH, "X3 password");

        AbstractConfig config = new AbstractConfig(definition, props, providerProps, false);

        Password password = config.getPassword("x3.password");
        assertThat(password.value()).isEqualTo("worker-resolved");
        assertThat(password.toString()).doesNotContain("worker-resolved");
    }
}
