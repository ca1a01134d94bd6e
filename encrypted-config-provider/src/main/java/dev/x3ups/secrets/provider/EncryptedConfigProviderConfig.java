package dev.x3ups.secrets.provider;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The provider's params, given in the worker config as {@code config.providers.<name>.param.<param>}. */
public final class EncryptedConfigProviderConfig extends AbstractConfig {
    public static final String KEY_FILE = "key.file";
    public static final String KEY_ENV = "key.env";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(KEY_FILE, ConfigDef.Type.STRING, null, ConfigDef.Importance.HIGH,
                    "Path of the key file: <keyId>=<base64url key> lines, owner-only permissions.")
            .define(KEY_ENV, ConfigDef.Type.STRING, null, ConfigDef.Importance.HIGH,
                    "Name of an environment variable holding <keyId>=<base64url key> entries separated by commas.");

    EncryptedConfigProviderConfig(Map<String, ?> params) {
        super(CONFIG_DEF, params, false);
    }

    Optional<Path> keyFile() {
        return nonBlank(getString(KEY_FILE)).map(Path::of);
    }

    Optional<String> keyEnvVariable() {
        return nonBlank(getString(KEY_ENV));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
