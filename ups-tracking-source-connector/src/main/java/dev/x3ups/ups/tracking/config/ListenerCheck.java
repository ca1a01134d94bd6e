package dev.x3ups.ups.tracking.config;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.ups.tracking.webhook.WebhookServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Can the listener start here?": the port can be bound on the bind address (or is held by this connector's own
 * running listener in this worker), the keystore exists when HTTPS is asked for, and the chosen webhook auth
 * style has its credentials. Only meaningful on the worker that validates — see the README on distributed
 * clusters: every worker that may host the task should be able to bind the port.
 */
public final class ListenerCheck {
    private ListenerCheck() {
    }

    public static void check(TrackingSourceConfig config, List<ConfigValue> values) {
        String host = config.getString(TrackingSourceConfig.LISTENER_BIND);
        int port = config.getInt(TrackingSourceConfig.LISTENER_PORT);
        if (port != 0 && !WebhookServer.heldHere(port)) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(host, port));
            } catch (IOException | IllegalArgumentException e) {
                ConfigProblems.add(values, TrackingSourceConfig.LISTENER_PORT, "cannot bind " + host + ":" + port
                        + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        String keystore = config.getString(TrackingSourceConfig.KEYSTORE_PATH);
        if (keystore != null && !keystore.isBlank() && !Files.isReadable(Path.of(keystore))) {
            ConfigProblems.add(values, TrackingSourceConfig.KEYSTORE_PATH, "keystore " + keystore + " is not readable");
        }
        if (config.oauth2()) {
            if (config.getString(TrackingSourceConfig.WEBHOOK_CLIENT_ID).isBlank()) {
                ConfigProblems.add(values, TrackingSourceConfig.WEBHOOK_CLIENT_ID, "required when webhook.auth=OAUTH2");
            }
            if (config.secret(TrackingSourceConfig.WEBHOOK_CLIENT_SECRET).isEmpty()) {
                ConfigProblems.add(values, TrackingSourceConfig.WEBHOOK_CLIENT_SECRET,
                        "required when webhook.auth=OAUTH2");
            }
        } else if (config.secret(TrackingSourceConfig.WEBHOOK_CREDENTIAL).isEmpty()) {
            ConfigProblems.add(values, TrackingSourceConfig.WEBHOOK_CREDENTIAL, "required when webhook.auth=CREDENTIAL");
        }
        if (config.getString(TrackingSourceConfig.QV_SUBSCRIPTION).length() > 21) {
            ConfigProblems.add(values, TrackingSourceConfig.QV_SUBSCRIPTION,
                    "UPS subscription names have at most 21 characters");
        }
    }
}
