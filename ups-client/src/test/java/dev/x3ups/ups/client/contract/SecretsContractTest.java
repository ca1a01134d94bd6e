package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.UpsAuthenticationException;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A refused secret must not show up in exceptions, stack traces, toString() or the log. */
class SecretsContractTest {
    private static final String WRONG_SECRET = "wrong-secret-Zx81qP";

    @Test
    void refusedCredentialsNeverEchoTheSecret() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Throwable failure;
        String configText;
        try (UpsSimulator sim = UpsSimulator.builder().port(0).start()) {
            UpsClientConfig config = UpsClientConfig.builder().baseUrl(sim.baseUrl()).clientId("sim-client-id")
                    .clientSecret(WRONG_SECRET).retryDeadline(Duration.ofSeconds(2)).build();
            configText = config.toString();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try (UpsClients clients = UpsClients.create(config)) {
                failure = catchThrowable(() -> clients.track().details("1ZA1B2C30399999990").get(10, TimeUnit.SECONDS));
            }
        } finally {
            System.setErr(originalErr);
        }
        assertThat(failure).cause().isInstanceOf(UpsAuthenticationException.class);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(WRONG_SECRET);
        assertThat(configText).doesNotContain(WRONG_SECRET);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("sim-client-id").doesNotContain(WRONG_SECRET);
    }
}
