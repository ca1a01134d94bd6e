package dev.x3ups.x3.client.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class X3AccessCheckTest {

    private static final ConfigDef DEF = X3ConnectionConfig.withTransport().addTo(new ConfigDef());

    private static AbstractConfig config(String mode) {
        Map<String, String> props = X3ConnectionConfigTest.basic();
        props.put("x3.auth.mode", mode);
        props.put("x3.client.id", "app");
        props.put("x3.client.secret", "app-secret");
        props.put("x3.token.url", "http://127.0.0.1:8124/v1/token");
        return new AbstractConfig(DEF, props);
    }

    @Test
    void aSuccessfulProbeIsNoProblem() {
        AtomicInteger calls = new AtomicInteger();

        assertThat(X3AccessCheck.onEndpoint().check(config("BASIC"), calls::incrementAndGet)).isEmpty();
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void refusedCredentialsAreReportedOnTheSecretOfTheMode() {
        X3AccessCheck check = X3AccessCheck.onEndpoint();
        X3AuthenticationException refused = new X3AuthenticationException("Invalid user or password", 401, null);

        assertThat(check.check(config("BASIC"), () -> { throw refused; }))
                .containsExactly(Map.entry("x3.password", List.of("X3 refused the credentials: Invalid user or password")));
        assertThat(check.check(config("CLIENT_CREDENTIALS"), () -> { throw refused; })).containsOnlyKeys("x3.client.secret");
    }

    @Test
    void aRefusalIsReportedOnTheEndpointOrTheNamedSetting() {
        X3RejectedException rejected = new X3RejectedException("Endpoint NOPE not found", 404, null);

        assertThat(X3AccessCheck.onEndpoint().check(config("BASIC"), () -> { throw rejected; }).get("x3.endpoint"))
                .containsExactly("X3 refused access at endpoint 'SEED': Endpoint NOPE not found");
        assertThat(X3AccessCheck.blamingRefusalsOn("x3.target.representation", "the write-back target")
                .check(config("BASIC"), () -> { throw rejected; }))
                .containsOnlyKeys("x3.target.representation");
    }

    @Test
    void noAnswerIsReportedOnTheUrl() {
        Map<String, List<String>> busy = X3AccessCheck.onEndpoint().check(config("BASIC"),
                () -> { throw new X3TransientException("licence volume exceeded", 503, null); });
        Map<String, List<String>> unreachable = X3AccessCheck.onEndpoint().check(config("BASIC"),
                () -> { throw new IllegalStateException("no route to host"); });

        assertThat(busy.get("x3.url")).containsExactly(
                "X3 at http://127.0.0.1:8124 did not answer (HTTP 503): licence volume exceeded");
        assertThat(unreachable.get("x3.url")).singleElement().asString().contains("no route to host");
    }
}
