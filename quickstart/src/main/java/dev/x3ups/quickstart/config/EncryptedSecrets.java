package dev.x3ups.quickstart.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.provider.ConfigProvider;

/**
 * The {@code ${encrypted:…}} references of the connector configs: the worker settings that let Connect
 * resolve them, and the plaintext the quickstart itself needs to play UPS (its API client and the webhook
 * registration). Plaintext configs are for that only: never posted, printed or logged.
 */
public final class EncryptedSecrets implements AutoCloseable {

    public static final String PROVIDER = "encrypted";
    public static final String PROVIDER_CLASS = "dev.x3ups.secrets.provider.EncryptedConfigProvider";
    /** The demo key file next to the connector JSON files. */
    public static final String KEY_FILE = "quickstart.keys";
    private static final String KEY_FILE_PARAM = "key.file";

    private final Path keyFile;
    private final ConfigProvider provider;

    EncryptedSecrets(Path keyFile, ConfigProvider provider) {
        this.keyFile = keyFile.toAbsolutePath();
        this.provider = provider;
    }

    /**
     * The provider class loaded through {@code classes} (the plugin archive's jars, as the worker finds it)
     * and configured with {@code keyFile}, as the worker configures it.
     */
    public static EncryptedSecrets load(Path keyFile, ClassLoader classes) {
        ConfigProvider provider;
        try {
            provider = Class.forName(PROVIDER_CLASS, true, classes).asSubclass(ConfigProvider.class)
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(PROVIDER_CLASS + " is not in the plugin archive", e);
        }
        provider.configure(Map.of(KEY_FILE_PARAM, keyFile.toAbsolutePath().toString()));
        return new EncryptedSecrets(keyFile, provider);
    }

    /** True when any config value refers to this provider. */
    public static boolean referenced(List<ConnectorConfig> configs) {
        return configs.stream().flatMap(c -> c.config().values().stream())
                .anyMatch(v -> v != null && v.contains("${" + PROVIDER + ":"));
    }

    /** {@code config.providers…} settings of the Connect worker. */
    public Map<String, String> workerConfig() {
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put("config.providers", PROVIDER);
        worker.put("config.providers." + PROVIDER + ".class", PROVIDER_CLASS);
        worker.put("config.providers." + PROVIDER + ".param." + KEY_FILE_PARAM, keyFile.toString());
        return worker;
    }

    /** The config with its references replaced by plaintext, as the connector receives it from the worker. */
    public ConnectorConfig plaintext(ConnectorConfig config) {
        return config.with(new ConfigTransformer(Map.of(PROVIDER, provider)).transform(config.config()).data());
    }

    @Override
    public void close() {
        try {
            provider.close();
        } catch (java.io.IOException e) {
            // only wipes key bytes held in memory; nothing to report
        }
    }
}
