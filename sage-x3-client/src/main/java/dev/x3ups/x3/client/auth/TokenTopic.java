package dev.x3ups.x3.client.auth;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the rotating refresh token is shared: a compacted Kafka topic, the Kafka client settings to reach it
 * (security and the like, applied to the admin client, producer and consumer), and the config provider's key
 * source that seals the records.
 *
 * @param keyFile the provider's key file; null when only {@code keyEnv} is used
 * @param keyEnv  the environment variable holding provider keys; null when only {@code keyFile} is used
 */
public record TokenTopic(String bootstrapServers, String topic, Map<String, Object> clientSettings, Path keyFile,
                         String keyEnv) {
    public TokenTopic {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        clientSettings = Map.copyOf(clientSettings);
        if (keyFile == null && keyEnv == null) {
            throw new IllegalArgumentException("the token topic needs a key file or a key env variable");
        }
    }

    @Override
    public String toString() {
        return "TokenTopic[" + topic + " at " + bootstrapServers + "]";
    }
}
