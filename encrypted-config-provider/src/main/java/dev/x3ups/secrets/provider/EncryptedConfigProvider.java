package dev.x3ups.secrets.provider;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SealedSecret;
import dev.x3ups.secrets.crypto.SecretCipher;
import dev.x3ups.secrets.crypto.SecretException;
import dev.x3ups.secrets.keys.KeyRingLoader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves {@code ${encrypted:<keyId>:v1.<iv>.<ciphertext>}} to the plaintext, so connector configs,
 * the config topic and the REST API hold only ciphertext. Kafka's ConfigTransformer hands the key id
 * over as the path and the token as the key.
 *
 * <p>Every failure is a {@link ConfigException} naming the key id and what is wrong, never key
 * material or plaintext.
 */
public final class EncryptedConfigProvider implements ConfigProvider {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedConfigProvider.class);

    private final Function<String, String> environment;
    private final Consumer<String> warnings;
    // Volatile: Connect may resolve configs on herder threads other than the one that configured us.
    private volatile KeyRing keys;
    private volatile SecretCipher cipher;

    /** Used by Kafka through ServiceLoader or {@code config.providers.<name>.class}. */
    public EncryptedConfigProvider() {
        this(System::getenv, LOG::warn);
    }

    EncryptedConfigProvider(Function<String, String> environment, Consumer<String> warnings) {
        this.environment = environment;
        this.warnings = warnings;
    }

    @Override
    public void configure(Map<String, ?> params) {
        EncryptedConfigProviderConfig config = new EncryptedConfigProviderConfig(params);
        try {
            KeyRing loaded = new KeyRingLoader(environment, warnings).load(config.keyFile(), config.keyEnvVariable());
            close();
            keys = loaded;
            cipher = new SecretCipher(loaded);
        } catch (SecretException e) {
            throw new ConfigException("Encrypted config provider: " + e.getMessage());
        }
        LOG.info("Encrypted config provider ready with key ids {}", keys.keyIds());
    }

    /** There is nothing to list under a key id: values are only resolved by their token. */
    @Override
    public ConfigData get(String path) {
        configuredCipher();
        return new ConfigData(Map.of());
    }

    @Override
    public ConfigData get(String path, Set<String> tokens) {
        SecretCipher current = configuredCipher();
        Map<String, String> plaintexts = new HashMap<>();
        if (tokens == null) {
            return new ConfigData(plaintexts);
        }
        for (String token : tokens) {
            plaintexts.put(token, open(current, path, token));
        }
        return new ConfigData(plaintexts);
    }

    private static String open(SecretCipher cipher, String keyId, String token) {
        byte[] plaintext = null;
        try {
            plaintext = cipher.open(SealedSecret.parse(keyId, token));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (SecretException e) {
            // No cause: the chain adds nothing and must never carry secret state.
            throw new ConfigException("Encrypted config provider: " + e.getMessage());
        } finally {
            if (plaintext != null) {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    private SecretCipher configuredCipher() {
        SecretCipher current = cipher;
        if (current == null) {
            throw new ConfigException("Encrypted config provider is not configured or already closed");
        }
        return current;
    }

    /** Wipes the key bytes held by this provider. */
    @Override
    public void close() {
        KeyRing held = keys;
        cipher = null;
        keys = null;
        if (held != null) {
            held.close();
        }
    }

    @Override
    public String toString() {
        KeyRing held = keys;
        return "EncryptedConfigProvider[" + (held == null ? "unconfigured" : held) + "]";
    }
}
