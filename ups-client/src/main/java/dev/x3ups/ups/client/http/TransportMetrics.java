package dev.x3ups.ups.client.http;

/** Counters of one transport: how many calls, attempts and what became of them (benchmarks, connector metrics). */
public record TransportMetrics(long calls, long attempts, long retries, long rateLimited, long succeeded,
                               long rejected, long ambiguous, long exhausted) {
}
