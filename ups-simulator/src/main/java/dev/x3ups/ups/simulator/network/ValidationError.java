package dev.x3ups.ups.simulator.network;

/** One UPS validation failure: code and message as UPS words them. */
public record ValidationError(String code, String message) {
}
