package dev.x3ups.secrets.provider;

import java.util.Map;
import org.apache.kafka.common.config.provider.ConfigProvider;

/** Lets tests in other packages build a provider with a fake environment. */
public final class ProviderAccess {
    private ProviderAccess() {
    }

    public static ConfigProvider create(Map<String, String> environment) {
        return new EncryptedConfigProvider(environment::get, warning -> { });
    }
}
