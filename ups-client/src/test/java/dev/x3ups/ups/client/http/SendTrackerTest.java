package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class SendTrackerTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().eventListenerFactory(SendTracker.LISTENERS).build();

    @Test
    void marksTheRequestSentOnceHeadersAreWritten() throws IOException {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        SendTracker tracker = new SendTracker();
        try (Response ignored = http.newCall(new Request.Builder().url(server.url("/x"))
                .tag(SendTracker.class, tracker).build()).execute()) {
            assertThat(tracker.sent()).isTrue();
        }
    }

    @Test
    void staysUnsentWhenTheConnectionNeverOpened() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        SendTracker tracker = new SendTracker();
        assertThatThrownBy(() -> http.newCall(new Request.Builder().url("http://127.0.0.1:" + deadPort + "/x")
                .tag(SendTracker.class, tracker).build()).execute()).isInstanceOf(IOException.class);
        assertThat(tracker.sent()).isFalse();
    }
}
