package dev.x3ups.ups.simulator.http;

/** One operation of the simulated API, pure request-to-response logic. */
@FunctionalInterface
public interface ApiHandler {
    ApiResponse handle(ApiRequest request);
}
