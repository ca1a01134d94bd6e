package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import dev.x3ups.x3.sink.target.TrackingTarget;
import dev.x3ups.x3.sink.target.X3Session;
import dev.x3ups.x3.sink.testing.InMemoryTarget;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    private final AtomicBoolean closed = new AtomicBoolean();

    @Test
    void blamesTheSettingToFixAndClosesTheSession() {
        assertThat(check(new X3AuthenticationException("X3 refused the credentials (HTTP 401)", 401, null), "API1"))
                .containsOnlyKeys(X3ConnectionConfig.PASSWORD_CONFIG);
        assertThat(check(new X3RejectedException("representation YSHIPTRK is not of class YNOPE", 400, null), "API1"))
                .containsOnlyKeys(X3SinkConfig.TARGET_REPRESENTATION_CONFIG);
        assertThat(check(new X3RejectedException("Cannot query field 'yCarrier'", 200, null), "GRAPHQL"))
                .containsOnlyKeys(X3SinkConfig.GRAPHQL_READ_QUERY_CONFIG);
        Map<String, String> errors = check(new X3TransientException("X3 failed (HTTP 503)", 503, null), "API1");
        assertThat(errors).containsOnlyKeys(X3ConnectionConfig.URL_CONFIG);
        assertThat(errors.get(X3ConnectionConfig.URL_CONFIG)).contains("HTTP 503");
        assertThat(closed).isTrue();
        assertThat(check(null, "API1")).isEmpty();
    }

    private Map<String, String> check(X3Exception failure, String target) {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", "http://127.0.0.1:1");
        props.put("x3.endpoint", "SEED");
        props.put("x3.username", "u");
        props.put("x3.password", "p");
        props.put("x3.target", target);
        Map<String, ConfigValue> values = new HashMap<>();
        X3SinkConfig.CONFIG_DEF.names().forEach(n -> values.put(n, new ConfigValue(n)));
        new AccessCheck(config -> new X3Session() {
            @Override
            public TrackingTarget target() {
                return new InMemoryTarget();
            }

            @Override
            public void checkAccess() throws X3Exception {
                if (failure != null) {
                    throw failure;
                }
            }

            @Override
            public void close() {
                closed.set(true);
            }
        }).check(props, values);
        Map<String, String> errors = new HashMap<>();
        values.forEach((name, value) -> value.errorMessages().forEach(m -> errors.put(name, m)));
        return errors;
    }
}
