package dev.x3ups.ups.client.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful (2xx) UPS answer with its parsed body. */
public record ApiResponse(int status, JsonNode body) {
}
