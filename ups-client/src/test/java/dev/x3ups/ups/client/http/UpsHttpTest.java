package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.TestConfigs;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class UpsHttpTest {

    @Test
    void dispatcherNeverQueuesBelowOurInFlightBoundAndPostsAreNeverSilentlyResent() {
        OkHttpClient small = UpsHttp.newClient(TestConfigs.forBaseUrl("http://localhost:1").maxInFlight(8).build());
        OkHttpClient big = UpsHttp.newClient(TestConfigs.forBaseUrl("http://localhost:1").maxInFlight(200)
                .connectTimeout(Duration.ofSeconds(3)).build());
        try {
            assertThat(small.dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
            assertThat(big.dispatcher().getMaxRequestsPerHost()).isEqualTo(200);
            assertThat(big.dispatcher().getMaxRequests()).isEqualTo(200);
            assertThat(big.retryOnConnectionFailure()).isFalse();
            assertThat(big.connectTimeoutMillis()).isEqualTo(3000);
        } finally {
            UpsHttp.shutdown(small);
            UpsHttp.shutdown(big);
        }
        assertThat(small.dispatcher().executorService().isShutdown()).isTrue();
    }
}
