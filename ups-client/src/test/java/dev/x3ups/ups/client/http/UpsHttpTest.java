package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.TestConfigs;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

class UpsHttpTest {

    @Test
    void speaksHttp11NeverFollowsRedirectsAndUsesTheConnectTimeout() {
        HttpClient http = UpsHttp.newClient(TestConfigs.forBaseUrl("http://localhost:1")
                .connectTimeout(Duration.ofSeconds(3)).build());
        try {
            assertThat(http.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(http.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
            assertThat(http.connectTimeout()).contains(Duration.ofSeconds(3));
            assertThat(http.executor()).isPresent();
        } finally {
            UpsHttp.shutdown(http);
        }
        assertThat(((ExecutorService) http.executor().orElseThrow()).isShutdown()).isTrue();
    }
}
