package dev.x3ups.x3.simulator.http;

/** Answers one request. */
@FunctionalInterface
public interface Handler {

    SimResponse handle(SimRequest request);
}
