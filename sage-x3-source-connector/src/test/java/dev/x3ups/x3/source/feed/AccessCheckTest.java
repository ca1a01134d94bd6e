package dev.x3ups.x3.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.testing.FakeOrderFeed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    private final FakeOrderFeed feed = new FakeOrderFeed();

    private static Map<String, String> props(String mode) {
        Map<String, String> props = new HashMap<>();
        props.put(X3ConnectionConfig.URL_CONFIG, "http://localhost:8124");
        props.put(X3ConnectionConfig.ENDPOINT_CONFIG, "SEED");
        props.put(X3ConnectionConfig.AUTH_MODE_CONFIG, mode);
        props.put(X3ConnectionConfig.USERNAME_CONFIG, "webservice");
        props.put(X3ConnectionConfig.PASSWORD_CONFIG, "wrong-pw");
        props.put(X3ConnectionConfig.CLIENT_ID_CONFIG, "app");
        props.put(X3ConnectionConfig.CLIENT_SECRET_CONFIG, "app-secret");
        props.put(X3ConnectionConfig.TOKEN_URL_CONFIG, "http://localhost:8124/v1/token");
        props.put(X3ConnectionConfig.REFRESH_TOKEN_CONFIG, "refresh");
        return props;
    }

    private Map<String, ConfigValue> check(String mode, X3Exception failure) {
        if (failure != null) {
            feed.failAccess(failure);
        }
        Map<String, String> props = props(mode);
        Map<String, ConfigValue> values = X3SourceConfig.CONFIG_DEF.validateAll(props);
        new AccessCheck(config -> feed).check(props, values);
        return values;
    }

    private static List<String> errorsOf(Map<String, ConfigValue> values, String name) {
        return values.get(name).errorMessages();
    }

    @Test
    void workingAccessAddsNoErrorAndClosesTheFeed() {
        Map<String, ConfigValue> values = check("BASIC", null);

        assertThat(values.values()).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
        assertThat(feed.calls.get()).isEqualTo(1);
        assertThat(feed.closed()).isTrue();
    }

    @Test
    void refusedCredentialsLandOnTheSecretOfTheMode() {
        X3AuthenticationException refused = new X3AuthenticationException("Invalid user or password", 401, null);

        assertThat(errorsOf(check("BASIC", refused), X3ConnectionConfig.PASSWORD_CONFIG))
                .containsExactly("X3 refused the credentials: Invalid user or password");
        assertThat(errorsOf(check("JWT", refused), X3ConnectionConfig.CLIENT_SECRET_CONFIG)).hasSize(1);
        assertThat(errorsOf(check("CLIENT_CREDENTIALS", refused), X3ConnectionConfig.CLIENT_SECRET_CONFIG)).hasSize(1);
        Map<String, ConfigValue> values = check("BASIC", refused);
        assertThat(errorsOf(values, X3ConnectionConfig.URL_CONFIG)).isEmpty();
        assertThat(values.values()).allSatisfy(v -> assertThat(v.errorMessages().toString()).doesNotContain("wrong-pw"));
    }

    @Test
    void aRotatingRefreshTokenIsNotSpentOnValidation() {
        Map<String, ConfigValue> values = check("REFRESH_TOKEN", new X3AuthenticationException("refused", 401, null));

        assertThat(feed.calls.get()).isZero();
        assertThat(values.values()).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void anUnreachableServerLandsOnTheUrl() {
        Map<String, ConfigValue> values = check("BASIC", new X3TransientException("Connection refused", 0, null));

        assertThat(errorsOf(values, X3ConnectionConfig.URL_CONFIG))
                .containsExactly("X3 at http://localhost:8124 did not answer: Connection refused");
        assertThat(errorsOf(values, X3ConnectionConfig.PASSWORD_CONFIG)).isEmpty();
    }

    @Test
    void anUnknownEndpointLandsOnTheEndpoint() {
        Map<String, ConfigValue> values = check("BASIC", new X3RejectedException("Endpoint NOPE not found", 404, null));

        assertThat(errorsOf(values, X3ConnectionConfig.ENDPOINT_CONFIG)).singleElement().asString()
                .contains("Endpoint NOPE not found");
    }

    @Test
    void aFeedThatCannotBeBuiltLandsOnTheUrl() {
        Map<String, String> props = props("BASIC");
        Map<String, ConfigValue> values = X3SourceConfig.CONFIG_DEF.validateAll(props);

        new AccessCheck(config -> {
            throw new IllegalStateException("no route to host");
        }).check(props, values);

        assertThat(errorsOf(values, X3ConnectionConfig.URL_CONFIG)).singleElement().asString().contains("no route to host");
    }
}
