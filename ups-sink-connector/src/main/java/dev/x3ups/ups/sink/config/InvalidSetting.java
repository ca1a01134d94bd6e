package dev.x3ups.ups.sink.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/**
 * A bad value of a known key, found by a check across keys (an address UPS would refuse, a limit), so that
 * {@code validate()} can report it on that key rather than on the connector as a whole.
 */
public final class InvalidSetting extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public InvalidSetting(String key, Object value, String message) {
        super(key, value, message);
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * Runs {@code parse} (the checks across keys) and reports a {@link ConfigException} it throws on the key it
     * names: the key of an {@link InvalidSetting}, else the first of {@code results} its message names, else
     * {@code fallbackKey}.
     */
    public static void reportOn(List<ConfigValue> results, String fallbackKey, Runnable parse) {
        try {
            parse.run();
        } catch (ConfigException e) {
            String key = e instanceof InvalidSetting invalid ? invalid.key : keyNamedIn(e, results, fallbackKey);
            results.stream().filter(v -> v.name().equals(key)).findFirst()
                    .ifPresent(v -> v.addErrorMessage(e.getMessage()));
        }
    }

    private static String keyNamedIn(ConfigException e, List<ConfigValue> results, String fallbackKey) {
        String message = String.valueOf(e.getMessage());
        return results.stream().map(ConfigValue::name).filter(name -> message.contains(" " + name + ":")
                || message.contains("\"" + name + "\"")).findFirst().orElse(fallbackKey);
    }
}
