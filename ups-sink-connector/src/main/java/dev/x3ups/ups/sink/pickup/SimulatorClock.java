package dev.x3ups.ups.sink.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UPS simulator's clock ({@code GET /admin/clock}: its time and speed), for the quickstart and the integration
 * tests, where UPS's days pass in seconds: the sites' business days and cutoffs follow it. Read again at most every
 * {@link #REFRESH} and run forward at the simulator's speed in between; when it cannot be read, the last reading
 * keeps running. Never used against real UPS (internal setting {@code pickup.clock.url}).
 */
final class SimulatorClock extends Clock {
    static final Duration REFRESH = Duration.ofMillis(20);
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorClock.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final LongSupplier nanoTime;
    private Instant read = Instant.now();
    private double speed = 1.0;
    private long readAtNanos;
    private boolean everRead;

    SimulatorClock(URI url, LongSupplier nanoTime) {
        this.url = url;
        this.nanoTime = nanoTime;
        this.readAtNanos = nanoTime.getAsLong();
    }

    @Override
    public synchronized Instant instant() {
        long now = nanoTime.getAsLong();
        if (!everRead || now - readAtNanos >= REFRESH.toNanos()) {
            refresh(now);
        }
        long elapsed = (long) ((nanoTime.getAsLong() - readAtNanos) * speed);
        return read.plusNanos(elapsed);
    }

    private void refresh(long now) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            read = Instant.parse(body.path("now").asText());
            speed = body.path("speed").asDouble(1.0);
            readAtNanos = nanoTime.getAsLong();
            everRead = true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the simulator clock at {}: {}", url, e.getMessage());
            if (!everRead) {
                readAtNanos = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulator clock is read in UTC");
    }
}
