package dev.x3ups.x3.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import dev.x3ups.x3.client.http.X3Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;

/** Shared helpers of the unit tests. */
public final class TestSupport {
    public static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private TestSupport() {
    }

    public static OkHttpClient okHttp() {
        return new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .retryOnConnectionFailure(false)
                .build();
    }

    public static X3Http http(RequestAuthenticator authenticator) {
        return new X3Http(okHttp(), authenticator, JSON);
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of this test tree as text. */
    public static String resource(String name) {
        try (var in = TestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
