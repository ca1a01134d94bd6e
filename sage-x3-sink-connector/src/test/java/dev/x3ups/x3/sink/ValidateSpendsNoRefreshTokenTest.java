package dev.x3ups.x3.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.simulator.X3Simulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * validate() of the X3 sink in every auth mode against the X3 simulator's token endpoint: it never presents a
 * refresh token (X3 Cloud revokes one on use, which would lock the running task out), and the paired token is
 * still good afterwards. The other modes do log in, so the live check really ran.
 */
class ValidateSpendsNoRefreshTokenTest {
    enum Mode { BASIC, JWT, CLIENT_CREDENTIALS, REFRESH_TOKEN }

    private static X3Simulator sim;

    @BeforeAll
    static void start() {
        sim = X3Simulator.builder().salesOrders(1).purchaseOrders(0).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void validateNeverRotatesARefreshToken(Mode mode) {
        String paired = sim.auth().exchangeCode(sim.auth().issueAuthorizationCode(X3Simulator.DEFAULT_OAUTH_CLIENT_ID,
                null), X3Simulator.DEFAULT_OAUTH_CLIENT_ID, X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET).refreshToken();
        long refreshGrants = sim.counters().get("token.refresh_token");
        long logins = sim.counters().get("token.client_credentials") + sim.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$query");

        List<ConfigValue> values = new X3SinkConnector().validate(props(mode, paired)).configValues();

        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
        assertThat(sim.counters().get("token.refresh_token")).as("refresh-token grants").isEqualTo(refreshGrants);
        assertThat(sim.auth().refresh(paired, X3Simulator.DEFAULT_OAUTH_CLIENT_ID,
                X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET).accessToken()).as("the paired token still works").isNotEmpty();
        long loginsAfter = sim.counters().get("token.client_credentials")
                + sim.counters().get("api1.GET.YSHIPTRK.YSHIPTRK.$query");
        if (mode == Mode.REFRESH_TOKEN) {
            assertThat(loginsAfter).as("no live call").isEqualTo(logins);
        } else {
            assertThat(loginsAfter).as("the live check ran").isGreaterThan(logins);
        }
    }

    private static Map<String, String> props(Mode mode, String pairedRefreshToken) {
        Map<String, String> props = new HashMap<>();
        props.put("x3.url", sim.baseUrl());
        props.put("x3.endpoint", "SEED");
        props.put("x3.auth.mode", mode.name());
        switch (mode) {
            case BASIC -> {
                props.put("x3.username", X3Simulator.DEFAULT_USER);
                props.put("x3.password", X3Simulator.DEFAULT_PASSWORD);
            }
            case JWT -> {
                props.put("x3.username", X3Simulator.DEFAULT_USER);
                props.put("x3.client.id", X3Simulator.DEFAULT_APP_ID);
                props.put("x3.client.secret", X3Simulator.DEFAULT_APP_SECRET);
            }
            case CLIENT_CREDENTIALS -> {
                props.put("x3.client.id", X3Simulator.DEFAULT_OAUTH_CLIENT_ID);
                props.put("x3.client.secret", X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET);
                props.put("x3.token.url", sim.baseUrl() + "/v1/token");
            }
            case REFRESH_TOKEN -> {
                props.put("x3.client.id", X3Simulator.DEFAULT_OAUTH_CLIENT_ID);
                props.put("x3.client.secret", X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET);
                props.put("x3.token.url", sim.baseUrl() + "/v1/token");
                props.put("x3.refresh.token", pairedRefreshToken);
                props.put("x3.refresh.token.bootstrap.servers", "127.0.0.1:9");
                props.put("x3.refresh.token.key.env", "X3UPS_TEST_KEYS");
            }
        }
        return props;
    }
}
