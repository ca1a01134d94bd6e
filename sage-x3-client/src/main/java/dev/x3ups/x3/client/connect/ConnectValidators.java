package dev.x3ups.x3.client.connect;

import dev.x3ups.connect.DescribedValidator;
import dev.x3ups.x3.client.http.TransientMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Single-field validators and recommenders of connector settings, with the wording the docs show. */
public final class ConnectValidators {

    private ConnectValidators() {
    }

    /** An absolute http(s) URL with a host; null passes (optional settings). */
    public static ConfigDef.Validator httpUrl() {
        return DescribedValidator.of("http(s) URL", (name, value) -> {
            if (value == null) {
                return;
            }
            try {
                URI uri = new URI(value.toString().trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new ConfigException(name, value, "must be an http:// or https:// URL with a host");
                }
            } catch (URISyntaxException e) {
                throw new ConfigException(name, value, "is not a URL: " + e.getReason());
            }
        });
    }

    /** One of {@code allowed}, case-insensitive; listed in a stable order for docs and errors. */
    public static ConfigDef.Validator oneOf(List<String> allowed) {
        return DescribedValidator.of("one of " + allowed, (name, value) -> {
            if (value == null || !allowed.contains(value.toString().trim().toUpperCase(Locale.ROOT))) {
                throw new ConfigException(name, value, "must be one of " + allowed);
            }
        });
    }

    /** A list of regular expressions. */
    public static ConfigDef.Validator regularExpressions() {
        return DescribedValidator.of("regular expressions", (name, value) -> {
            try {
                @SuppressWarnings("unchecked")
                List<String> patterns = value == null ? List.of() : (List<String>) value;
                TransientMessages.of(patterns);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    /** Offers {@code values} as the recommended values of a setting (Connect UIs show a choice). */
    public static ConfigDef.Recommender choices(List<String> values) {
        return new ConfigDef.Recommender() {
            @Override
            public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
                // ConfigDef edits the returned list, so it must be mutable.
                return new ArrayList<>(values);
            }

            @Override
            public boolean visible(String name, Map<String, Object> parsedConfig) {
                return true;
            }
        };
    }
}
