package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.SealedSecret;
import java.util.regex.Pattern;

/** The {@code ${<provider>:<keyId>:<token>}} text a connector config carries in place of a secret. */
final class ConfigReference {
    private static final Pattern PROVIDER_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private ConfigReference() {
    }

    /** @param providerName the name in the worker's {@code config.providers} list */
    static String of(String providerName, SealedSecret sealed) {
        if (providerName == null || !PROVIDER_NAME.matcher(providerName).matches()) {
            throw new IllegalArgumentException("Provider name must be letters, digits, '_', '.' or '-'");
        }
        return "${" + providerName + ":" + sealed.keyId() + ":" + sealed.token() + "}";
    }
}
