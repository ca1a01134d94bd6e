package dev.x3ups.quickstart.config;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointRewriterTest {

    private final EndpointRewriter rewriter = new EndpointRewriter(Map.of(8124, 18124, 9092, 41234, 8088, 9999));

    @Test
    void movesLocalUrlsAndKeepsTheirPaths() {
        assertThat(rewriter.rewrite("x3.url", "http://localhost:8124")).isEqualTo("http://127.0.0.1:18124");
        assertThat(rewriter.rewrite("x3.token.url", "http://127.0.0.1:8124/v1/token"))
                .isEqualTo("http://127.0.0.1:18124/v1/token");
        assertThat(rewriter.rewrite("ledger.bootstrap.servers", "localhost:9092")).isEqualTo("127.0.0.1:41234");
    }

    @Test
    void leavesRemoteHostsUnknownPortsAndOtherValuesAlone() {
        assertThat(rewriter.rewrite("x3.url", "https://x3.example.com:8124")).isEqualTo("https://x3.example.com:8124");
        assertThat(rewriter.rewrite("ups.base.url", "http://localhost:7000")).isEqualTo("http://localhost:7000");
        assertThat(rewriter.rewrite("x3.password", "Connector#2025")).isEqualTo("Connector#2025");
        assertThat(rewriter.rewrite("tasks.max", "8124")).isEqualTo("8124");
    }

    @Test
    void movesTheBareWebhookPortAndKeepsABindAddress() {
        assertThat(rewriter.rewrite("listener.port", "8088")).isEqualTo("9999");
        assertThat(rewriter.rewrite("listener.public.url", "http://0.0.0.0:8088/ups")).isEqualTo("http://0.0.0.0:9999/ups");
    }

    @Test
    void rewritesEveryValueOfAConnectorAndKeepsItsName() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("x3.url", "http://localhost:8124");
        config.put("x3.username", "wsconnector");

        ConnectorConfig moved = rewriter.rewrite(new ConnectorConfig("sage-x3-sink", config));

        assertThat(moved.name()).isEqualTo("sage-x3-sink");
        assertThat(moved.config()).containsEntry("x3.url", "http://127.0.0.1:18124")
                .containsEntry("x3.username", "wsconnector");
    }
}
