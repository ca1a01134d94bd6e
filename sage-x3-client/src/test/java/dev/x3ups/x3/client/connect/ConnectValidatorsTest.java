package dev.x3ups.x3.client.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ConnectValidatorsTest {

    @Test
    void httpUrlNeedsAnHttpSchemeAndAHost() {
        assertThatCode(() -> ConnectValidators.httpUrl().ensureValid("x3.url", "https://x3.example.com:8124"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConnectValidators.httpUrl().ensureValid("x3.token.url", null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConnectValidators.httpUrl().ensureValid("x3.url", "ftp://x3"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> ConnectValidators.httpUrl().ensureValid("x3.url", "http://exa mple"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not a URL");
    }

    @Test
    void oneOfIgnoresCase() {
        assertThatCode(() -> ConnectValidators.oneOf(List.of("REST", "GRAPHQL")).ensureValid("t", " graphql "))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ConnectValidators.oneOf(List.of("REST", "GRAPHQL")).ensureValid("t", "SOAP"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be one of [REST, GRAPHQL]");
    }

    @Test
    void regularExpressionsMustCompile() {
        assertThatCode(() -> ConnectValidators.regularExpressions().ensureValid("p", List.of("busy", "licen[cs]e")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ConnectValidators.regularExpressions().ensureValid("p", List.of("[busy")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'[busy'");
    }
}
